// Original file: proto/sf/database/v1/scheduling.proto

import type { Placement as _sf_database_v1_Placement, Placement__Output as _sf_database_v1_Placement__Output } from '../../../sf/database/v1/Placement.js';

export interface GetReservationResponse {
  'placement'?: (_sf_database_v1_Placement | null);
}

export interface GetReservationResponse__Output {
  'placement': (_sf_database_v1_Placement__Output | null);
}
