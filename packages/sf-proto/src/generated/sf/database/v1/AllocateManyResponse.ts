// Original file: proto/sf/database/v1/allocation.proto

import type { AllocateOutcome as _sf_database_v1_AllocateOutcome, AllocateOutcome__Output as _sf_database_v1_AllocateOutcome__Output } from '../../../sf/database/v1/AllocateOutcome.js';

export interface AllocateManyResponse {
  'outcomes'?: (_sf_database_v1_AllocateOutcome)[];
}

export interface AllocateManyResponse__Output {
  'outcomes': (_sf_database_v1_AllocateOutcome__Output)[];
}
