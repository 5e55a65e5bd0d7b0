// Original file: proto/sf/database/v1/allocation.proto

import type { Allocation as _sf_database_v1_Allocation, Allocation__Output as _sf_database_v1_Allocation__Output } from '../../../sf/database/v1/Allocation.js';

export interface ReleaseOwnerResponse {
  'released'?: (_sf_database_v1_Allocation)[];
}

export interface ReleaseOwnerResponse__Output {
  'released': (_sf_database_v1_Allocation__Output)[];
}
