// Original file: proto/sf/database/v1/network.proto

import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from '../../../sf/database/v1/PageRequest.js';

export interface ListNetworksRequest {
  'namespace'?: (string);
  'states'?: (string)[];
  'name'?: (string);
  'carrier_node'?: (string);
  'page'?: (_sf_database_v1_PageRequest | null);
  'min_state_age_seconds'?: (number);
  'never_queued'?: (boolean);
  'idle_since_state_change'?: (boolean);
  'holds_vni'?: (boolean);
}

export interface ListNetworksRequest__Output {
  'namespace': (string);
  'states': (string)[];
  'name': (string);
  'carrier_node': (string);
  'page': (_sf_database_v1_PageRequest__Output | null);
  'min_state_age_seconds': (number);
  'never_queued': (boolean);
  'idle_since_state_change': (boolean);
  'holds_vni': (boolean);
}
