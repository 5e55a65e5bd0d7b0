// Original file: proto/sf/database/v1/network.proto

import type { Long } from '@grpc/proto-loader';

export interface Network {
  'uuid'?: (string);
  'namespace'?: (string);
  'name'?: (string);
  'state'?: (string);
  'state_updated'?: (number | string);
  'generation'?: (number | string | Long);
  'created'?: (number | string);
  'vxid'?: (number);
  'netblock'?: (string);
  'provide_dhcp'?: (boolean);
  'provide_nat'?: (boolean);
  'provide_dns'?: (boolean);
  'carrier_node'?: (string);
  'egress_ipv4'?: (string);
  'error_message'?: (string);
}

export interface Network__Output {
  'uuid': (string);
  'namespace': (string);
  'name': (string);
  'state': (string);
  'state_updated': (number);
  'generation': (number);
  'created': (number);
  'vxid': (number);
  'netblock': (string);
  'provide_dhcp': (boolean);
  'provide_nat': (boolean);
  'provide_dns': (boolean);
  'carrier_node': (string);
  'egress_ipv4': (string);
  'error_message': (string);
}
