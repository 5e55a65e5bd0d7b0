// Original file: proto/sf/database/v1/network_interface.proto


export interface DeleteNetworkInterfaceRequest {
  'uuid'?: (string);
  'namespace'?: (string);
}

export interface DeleteNetworkInterfaceRequest__Output {
  'uuid': (string);
  'namespace': (string);
}
