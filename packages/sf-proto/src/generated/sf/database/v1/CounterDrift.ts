// Original file: proto/sf/database/v1/scheduling.proto

import type { Capacity as _sf_database_v1_Capacity, Capacity__Output as _sf_database_v1_Capacity__Output } from '../../../sf/database/v1/Capacity.js';

export interface CounterDrift {
  'scope'?: (string);
  'key'?: (string);
  'before'?: (_sf_database_v1_Capacity | null);
  'after'?: (_sf_database_v1_Capacity | null);
}

export interface CounterDrift__Output {
  'scope': (string);
  'key': (string);
  'before': (_sf_database_v1_Capacity__Output | null);
  'after': (_sf_database_v1_Capacity__Output | null);
}
