// Original file: proto/sf/database/v1/allocation.proto

import type { Allocation as _sf_database_v1_Allocation, Allocation__Output as _sf_database_v1_Allocation__Output } from '../../../sf/database/v1/Allocation.js';
import type { ItemError as _sf_database_v1_ItemError, ItemError__Output as _sf_database_v1_ItemError__Output } from '../../../sf/database/v1/ItemError.js';

export interface AllocateOutcome {
  'allocation'?: (_sf_database_v1_Allocation | null);
  'error'?: (_sf_database_v1_ItemError | null);
}

export interface AllocateOutcome__Output {
  'allocation': (_sf_database_v1_Allocation__Output | null);
  'error': (_sf_database_v1_ItemError__Output | null);
}
