// Original file: proto/sf/database/v1/allocation.proto


export interface ItemError {
  'grpc_code'?: (number);
  'code'?: (string);
  'message'?: (string);
  'details_json'?: (string);
}

export interface ItemError__Output {
  'grpc_code': (number);
  'code': (string);
  'message': (string);
  'details_json': (string);
}
