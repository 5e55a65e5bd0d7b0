// Original file: proto/sf/database/v1/allocation.proto

import type { Owner as _sf_database_v1_Owner, Owner__Output as _sf_database_v1_Owner__Output } from '../../../sf/database/v1/Owner.js';

export interface Allocation {
  'pool'?: (string);
  'value'?: (string);
  'owner'?: (_sf_database_v1_Owner | null);
  'purpose'?: (string);
  'expires_at'?: (number | string);
}

export interface Allocation__Output {
  'pool': (string);
  'value': (string);
  'owner': (_sf_database_v1_Owner__Output | null);
  'purpose': (string);
  'expires_at': (number);
}
