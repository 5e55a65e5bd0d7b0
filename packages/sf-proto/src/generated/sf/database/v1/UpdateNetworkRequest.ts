// Original file: proto/sf/database/v1/network.proto

import type { Long } from '@grpc/proto-loader';

export interface UpdateNetworkRequest {
  'uuid'?: (string);
  'namespace'?: (string);
  'expected_generation'?: (number | string | Long);
  'vxid'?: (number);
  'carrier_node'?: (string);
  'egress_ipv4'?: (string);
  'error_message'?: (string);
  '_vxid'?: "vxid";
  '_carrier_node'?: "carrier_node";
  '_egress_ipv4'?: "egress_ipv4";
  '_error_message'?: "error_message";
}

export interface UpdateNetworkRequest__Output {
  'uuid': (string);
  'namespace': (string);
  'expected_generation': (number);
  'vxid'?: (number);
  'carrier_node'?: (string);
  'egress_ipv4'?: (string);
  'error_message'?: (string);
  '_vxid'?: "vxid";
  '_carrier_node'?: "carrier_node";
  '_egress_ipv4'?: "egress_ipv4";
  '_error_message'?: "error_message";
}
