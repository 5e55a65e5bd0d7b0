// Original file: proto/sf/database/v1/operation.proto

import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from '../../../sf/database/v1/PageRequest.js';

export interface ListOperationsRequest {
  'states'?: (string)[];
  'target_node'?: (string);
  'target_role'?: (string);
  'operation_type'?: (string);
  'page'?: (_sf_database_v1_PageRequest | null);
}

export interface ListOperationsRequest__Output {
  'states': (string)[];
  'target_node': (string);
  'target_role': (string);
  'operation_type': (string);
  'page': (_sf_database_v1_PageRequest__Output | null);
}
