// Original file: proto/sf/database/v1/api_request.proto


export interface PutApiRequestRequest {
  'request_key'?: (string);
  'namespace'?: (string);
  'status'?: (number);
  'response_json'?: (string);
  'ttl_seconds'?: (number);
  'request_hash'?: (string);
}

export interface PutApiRequestRequest__Output {
  'request_key': (string);
  'namespace': (string);
  'status': (number);
  'response_json': (string);
  'ttl_seconds': (number);
  'request_hash': (string);
}
