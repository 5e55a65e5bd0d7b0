// Original file: proto/sf/database/v1/network_interface.proto

import type { NetworkInterface as _sf_database_v1_NetworkInterface, NetworkInterface__Output as _sf_database_v1_NetworkInterface__Output } from '../../../sf/database/v1/NetworkInterface.js';

export interface ListNetworkInterfacesResponse {
  'network_interfaces'?: (_sf_database_v1_NetworkInterface)[];
  'next_page_token'?: (string);
}

export interface ListNetworkInterfacesResponse__Output {
  'network_interfaces': (_sf_database_v1_NetworkInterface__Output)[];
  'next_page_token': (string);
}
