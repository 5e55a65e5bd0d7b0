// Original file: proto/sf/database/v1/operation.proto


export interface HasPendingOperationRequest {
  'object_type'?: (string);
  'object_uuid'?: (string);
  'operation_type'?: (string);
  'any_state'?: (boolean);
  'since'?: (number | string);
}

export interface HasPendingOperationRequest__Output {
  'object_type': (string);
  'object_uuid': (string);
  'operation_type': (string);
  'any_state': (boolean);
  'since': (number);
}
