// Original file: proto/sf/database/v1/lock.proto

import type { Lock as _sf_database_v1_Lock, Lock__Output as _sf_database_v1_Lock__Output } from '../../../sf/database/v1/Lock.js';

export interface ListLocksResponse {
  'locks'?: (_sf_database_v1_Lock)[];
}

export interface ListLocksResponse__Output {
  'locks': (_sf_database_v1_Lock__Output)[];
}
