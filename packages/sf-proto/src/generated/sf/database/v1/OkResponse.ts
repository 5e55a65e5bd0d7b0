// Original file: proto/sf/database/v1/scheduling.proto


export interface OkResponse {
  'ok'?: (boolean);
}

export interface OkResponse__Output {
  'ok': (boolean);
}
