// Original file: proto/sf/database/v1/allocation.proto

import type { Owner as _sf_database_v1_Owner, Owner__Output as _sf_database_v1_Owner__Output } from '../../../sf/database/v1/Owner.js';

export interface AllocateRequest {
  'pool'?: (string);
  'owner'?: (_sf_database_v1_Owner | null);
  'purpose'?: (string);
  'ttl_seconds'?: (number);
  'value'?: (string);
  'hint'?: (string);
}

export interface AllocateRequest__Output {
  'pool': (string);
  'owner': (_sf_database_v1_Owner__Output | null);
  'purpose': (string);
  'ttl_seconds': (number);
  'value': (string);
  'hint': (string);
}
