// Original file: proto/sf/database/v1/network.proto


export interface FailNetworkCreateRequest {
  'uuid'?: (string);
  'namespace'?: (string);
  'error_message'?: (string);
  'min_age_seconds'?: (number);
}

export interface FailNetworkCreateRequest__Output {
  'uuid': (string);
  'namespace': (string);
  'error_message': (string);
  'min_age_seconds': (number);
}
