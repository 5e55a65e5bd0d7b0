// Original file: proto/sf/database/v1/operation.proto

import type { Operation as _sf_database_v1_Operation, Operation__Output as _sf_database_v1_Operation__Output } from '../../../sf/database/v1/Operation.js';

export interface EnqueueOperationResponse {
  'operation'?: (_sf_database_v1_Operation | null);
  'coalesced'?: (boolean);
}

export interface EnqueueOperationResponse__Output {
  'operation': (_sf_database_v1_Operation__Output | null);
  'coalesced': (boolean);
}
