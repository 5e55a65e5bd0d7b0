// Original file: proto/sf/database/v1/network.proto


export interface GetNetworkRequest {
  'uuid'?: (string);
  'namespace'?: (string);
}

export interface GetNetworkRequest__Output {
  'uuid': (string);
  'namespace': (string);
}
