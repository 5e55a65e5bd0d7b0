// Original file: proto/sf/database/v1/network_interface.proto

import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from '../../../sf/database/v1/PageRequest.js';

export interface ListNetworkInterfacesRequest {
  'namespace'?: (string);
  'states'?: (string)[];
  'network_uuid'?: (string);
  'instance_uuid'?: (string);
  'page'?: (_sf_database_v1_PageRequest | null);
  'with_metadata'?: (boolean);
}

export interface ListNetworkInterfacesRequest__Output {
  'namespace': (string);
  'states': (string)[];
  'network_uuid': (string);
  'instance_uuid': (string);
  'page': (_sf_database_v1_PageRequest__Output | null);
  'with_metadata': (boolean);
}
