// Original file: proto/sf/database/v1/allocation.proto

import type { PoolUsage as _sf_database_v1_PoolUsage, PoolUsage__Output as _sf_database_v1_PoolUsage__Output } from '../../../sf/database/v1/PoolUsage.js';

export interface ListPoolUsageResponse {
  'pools'?: (_sf_database_v1_PoolUsage)[];
}

export interface ListPoolUsageResponse__Output {
  'pools': (_sf_database_v1_PoolUsage__Output)[];
}
