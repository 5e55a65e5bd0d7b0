// Original file: proto/sf/database/v1/operation.proto


export interface OperationError {
  'code'?: (string);
  'message'?: (string);
  'details_json'?: (string);
}

export interface OperationError__Output {
  'code': (string);
  'message': (string);
  'details_json': (string);
}
