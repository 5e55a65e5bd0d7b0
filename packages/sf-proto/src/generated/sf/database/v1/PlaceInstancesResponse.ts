// Original file: proto/sf/database/v1/scheduling.proto

import type { Placement as _sf_database_v1_Placement, Placement__Output as _sf_database_v1_Placement__Output } from '../../../sf/database/v1/Placement.js';

export interface PlaceInstancesResponse {
  'placements'?: (_sf_database_v1_Placement)[];
}

export interface PlaceInstancesResponse__Output {
  'placements': (_sf_database_v1_Placement__Output)[];
}
