// Original file: proto/sf/database/v1/common.proto


export interface DeleteResponse {
  'ok'?: (boolean);
}

export interface DeleteResponse__Output {
  'ok': (boolean);
}
