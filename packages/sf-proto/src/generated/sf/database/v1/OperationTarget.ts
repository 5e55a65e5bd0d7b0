// Original file: proto/sf/database/v1/operation.proto


export interface OperationTarget {
  'object_type'?: (string);
  'object_uuid'?: (string);
}

export interface OperationTarget__Output {
  'object_type': (string);
  'object_uuid': (string);
}
