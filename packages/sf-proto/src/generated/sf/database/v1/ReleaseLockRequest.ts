// Original file: proto/sf/database/v1/lock.proto


export interface ReleaseLockRequest {
  'name'?: (string);
  'holder'?: (string);
}

export interface ReleaseLockRequest__Output {
  'name': (string);
  'holder': (string);
}
