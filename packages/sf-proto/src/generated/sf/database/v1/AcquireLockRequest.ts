// Original file: proto/sf/database/v1/lock.proto


export interface AcquireLockRequest {
  'name'?: (string);
  'holder'?: (string);
  'lease_seconds'?: (number);
}

export interface AcquireLockRequest__Output {
  'name': (string);
  'holder': (string);
  'lease_seconds': (number);
}
