// Original file: proto/sf/database/v1/network.proto


export interface RetireNetworkRequest {
  'uuid'?: (string);
  'namespace'?: (string);
}

export interface RetireNetworkRequest__Output {
  'uuid': (string);
  'namespace': (string);
}
