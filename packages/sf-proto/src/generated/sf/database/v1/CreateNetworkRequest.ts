// Original file: proto/sf/database/v1/network.proto

import type { Network as _sf_database_v1_Network, Network__Output as _sf_database_v1_Network__Output } from '../../../sf/database/v1/Network.js';

export interface CreateNetworkRequest {
  'network'?: (_sf_database_v1_Network | null);
}

export interface CreateNetworkRequest__Output {
  'network': (_sf_database_v1_Network__Output | null);
}
