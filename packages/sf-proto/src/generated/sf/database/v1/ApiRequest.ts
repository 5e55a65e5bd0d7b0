// Original file: proto/sf/database/v1/api_request.proto


export interface ApiRequest {
  'found'?: (boolean);
  'request_key'?: (string);
  'namespace'?: (string);
  'status'?: (number);
  'response_json'?: (string);
  'expires'?: (number | string);
  'request_hash'?: (string);
}

export interface ApiRequest__Output {
  'found': (boolean);
  'request_key': (string);
  'namespace': (string);
  'status': (number);
  'response_json': (string);
  'expires': (number);
  'request_hash': (string);
}
