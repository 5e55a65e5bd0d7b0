// Original file: proto/sf/database/v1/scheduling.proto

import type { Capacity as _sf_database_v1_Capacity, Capacity__Output as _sf_database_v1_Capacity__Output } from '../../../sf/database/v1/Capacity.js';

export interface NodeCandidate {
  'name'?: (string);
  'state'?: (string);
  'last_seen'?: (number | string);
  'limits'?: (_sf_database_v1_Capacity | null);
  'used'?: (_sf_database_v1_Capacity | null);
  'tags'?: (string)[];
}

export interface NodeCandidate__Output {
  'name': (string);
  'state': (string);
  'last_seen': (number);
  'limits': (_sf_database_v1_Capacity__Output | null);
  'used': (_sf_database_v1_Capacity__Output | null);
  'tags': (string)[];
}
