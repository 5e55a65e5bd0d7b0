// Original file: proto/sf/database/v1/network_interface.proto

import type { Long } from '@grpc/proto-loader';

export interface UpdateNetworkInterfaceRequest {
  'uuid'?: (string);
  'namespace'?: (string);
  'expected_generation'?: (number | string | Long);
  'ipv4'?: (string);
  'floating'?: (string);
  '_ipv4'?: "ipv4";
  '_floating'?: "floating";
}

export interface UpdateNetworkInterfaceRequest__Output {
  'uuid': (string);
  'namespace': (string);
  'expected_generation': (number);
  'ipv4'?: (string);
  'floating'?: (string);
  '_ipv4'?: "ipv4";
  '_floating'?: "floating";
}
