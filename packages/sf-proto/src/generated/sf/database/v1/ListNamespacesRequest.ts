// Original file: proto/sf/database/v1/namespace.proto

import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from '../../../sf/database/v1/PageRequest.js';

export interface ListNamespacesRequest {
  'states'?: (string)[];
  'page'?: (_sf_database_v1_PageRequest | null);
  'min_state_age_seconds'?: (number);
}

export interface ListNamespacesRequest__Output {
  'states': (string)[];
  'page': (_sf_database_v1_PageRequest__Output | null);
  'min_state_age_seconds': (number);
}
