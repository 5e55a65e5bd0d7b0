// Original file: proto/sf/database/v1/network.proto


export interface DeleteNetworkRequest {
  'uuid'?: (string);
  'namespace'?: (string);
  'min_age_seconds'?: (number);
}

export interface DeleteNetworkRequest__Output {
  'uuid': (string);
  'namespace': (string);
  'min_age_seconds': (number);
}
