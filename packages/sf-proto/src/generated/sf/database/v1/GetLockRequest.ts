// Original file: proto/sf/database/v1/lock.proto


export interface GetLockRequest {
  'name'?: (string);
}

export interface GetLockRequest__Output {
  'name': (string);
}
