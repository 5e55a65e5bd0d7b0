// Original file: proto/sf/database/v1/network_interface.proto


export interface GetNetworkInterfaceRequest {
  'uuid'?: (string);
  'namespace'?: (string);
}

export interface GetNetworkInterfaceRequest__Output {
  'uuid': (string);
  'namespace': (string);
}
