// Original file: proto/sf/database/v1/node.proto

import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from '../../../sf/database/v1/PageRequest.js';

export interface ListNodesRequest {
  'states'?: (string)[];
  'role'?: (string);
  'page'?: (_sf_database_v1_PageRequest | null);
}

export interface ListNodesRequest__Output {
  'states': (string)[];
  'role': (string);
  'page': (_sf_database_v1_PageRequest__Output | null);
}
