// Original file: proto/sf/database/v1/operation.proto

import type { Operation as _sf_database_v1_Operation, Operation__Output as _sf_database_v1_Operation__Output } from '../../../sf/database/v1/Operation.js';

export interface ListOperationsResponse {
  'operations'?: (_sf_database_v1_Operation)[];
  'next_page_token'?: (string);
}

export interface ListOperationsResponse__Output {
  'operations': (_sf_database_v1_Operation__Output)[];
  'next_page_token': (string);
}
