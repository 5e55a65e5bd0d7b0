// Original file: proto/sf/database/v1/operation.proto


export interface CompleteOperationRequest {
  'uuid'?: (string);
  'node'?: (string);
  'attempt'?: (number);
}

export interface CompleteOperationRequest__Output {
  'uuid': (string);
  'node': (string);
  'attempt': (number);
}
