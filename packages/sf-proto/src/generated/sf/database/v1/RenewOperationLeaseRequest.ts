// Original file: proto/sf/database/v1/operation.proto


export interface RenewOperationLeaseRequest {
  'uuid'?: (string);
  'node'?: (string);
  'lease_seconds'?: (number);
  'attempt'?: (number);
}

export interface RenewOperationLeaseRequest__Output {
  'uuid': (string);
  'node': (string);
  'lease_seconds': (number);
  'attempt': (number);
}
