// Original file: proto/sf/database/v1/lock.proto


export interface RefreshLockRequest {
  'name'?: (string);
  'holder'?: (string);
  'lease_seconds'?: (number);
}

export interface RefreshLockRequest__Output {
  'name': (string);
  'holder': (string);
  'lease_seconds': (number);
}
