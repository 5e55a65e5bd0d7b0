// Original file: proto/sf/database/v1/operation.proto


export interface GetOperationRequest {
  'uuid'?: (string);
}

export interface GetOperationRequest__Output {
  'uuid': (string);
}
