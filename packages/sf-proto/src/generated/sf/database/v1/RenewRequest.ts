// Original file: proto/sf/database/v1/allocation.proto

import type { Owner as _sf_database_v1_Owner, Owner__Output as _sf_database_v1_Owner__Output } from '../../../sf/database/v1/Owner.js';

export interface RenewRequest {
  'pool'?: (string);
  'value'?: (string);
  'owner'?: (_sf_database_v1_Owner | null);
  'ttl_seconds'?: (number);
}

export interface RenewRequest__Output {
  'pool': (string);
  'value': (string);
  'owner': (_sf_database_v1_Owner__Output | null);
  'ttl_seconds': (number);
}
