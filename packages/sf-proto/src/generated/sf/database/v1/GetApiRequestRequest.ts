// Original file: proto/sf/database/v1/api_request.proto


export interface GetApiRequestRequest {
  'request_key'?: (string);
}

export interface GetApiRequestRequest__Output {
  'request_key': (string);
}
