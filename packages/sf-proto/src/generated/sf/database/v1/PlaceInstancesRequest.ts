// Original file: proto/sf/database/v1/scheduling.proto

import type { Demand as _sf_database_v1_Demand, Demand__Output as _sf_database_v1_Demand__Output } from '../../../sf/database/v1/Demand.js';

export interface PlaceInstancesRequest {
  'namespace'?: (string);
  'demands'?: (_sf_database_v1_Demand)[];
  'candidates'?: (string)[];
  'lease_seconds'?: (number);
}

export interface PlaceInstancesRequest__Output {
  'namespace': (string);
  'demands': (_sf_database_v1_Demand__Output)[];
  'candidates': (string)[];
  'lease_seconds': (number);
}
