// Original file: proto/sf/database/v1/network_interface.proto

import type { NetworkInterface as _sf_database_v1_NetworkInterface, NetworkInterface__Output as _sf_database_v1_NetworkInterface__Output } from '../../../sf/database/v1/NetworkInterface.js';

export interface CreateNetworkInterfaceRequest {
  'network_interface'?: (_sf_database_v1_NetworkInterface | null);
}

export interface CreateNetworkInterfaceRequest__Output {
  'network_interface': (_sf_database_v1_NetworkInterface__Output | null);
}
