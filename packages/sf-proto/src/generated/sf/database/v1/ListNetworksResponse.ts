// Original file: proto/sf/database/v1/network.proto

import type { Network as _sf_database_v1_Network, Network__Output as _sf_database_v1_Network__Output } from '../../../sf/database/v1/Network.js';

export interface ListNetworksResponse {
  'networks'?: (_sf_database_v1_Network)[];
  'next_page_token'?: (string);
}

export interface ListNetworksResponse__Output {
  'networks': (_sf_database_v1_Network__Output)[];
  'next_page_token': (string);
}
