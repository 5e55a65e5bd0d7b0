// Original file: proto/sf/database/v1/allocation.proto


export interface RenewResponse {
  'ok'?: (boolean);
}

export interface RenewResponse__Output {
  'ok': (boolean);
}
