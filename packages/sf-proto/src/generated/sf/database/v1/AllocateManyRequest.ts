// Original file: proto/sf/database/v1/allocation.proto

import type { AllocateRequest as _sf_database_v1_AllocateRequest, AllocateRequest__Output as _sf_database_v1_AllocateRequest__Output } from '../../../sf/database/v1/AllocateRequest.js';

export interface AllocateManyRequest {
  'requests'?: (_sf_database_v1_AllocateRequest)[];
}

export interface AllocateManyRequest__Output {
  'requests': (_sf_database_v1_AllocateRequest__Output)[];
}
