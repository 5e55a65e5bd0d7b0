// Original file: proto/sf/database/v1/scheduling.proto

import type { CounterDrift as _sf_database_v1_CounterDrift, CounterDrift__Output as _sf_database_v1_CounterDrift__Output } from '../../../sf/database/v1/CounterDrift.js';

export interface ReconcileCapacityResponse {
  'drift'?: (_sf_database_v1_CounterDrift)[];
}

export interface ReconcileCapacityResponse__Output {
  'drift': (_sf_database_v1_CounterDrift__Output)[];
}
