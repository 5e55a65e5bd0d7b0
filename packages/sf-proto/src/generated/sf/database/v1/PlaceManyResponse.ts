// Original file: proto/sf/database/v1/scheduling.proto

import type { PlaceOutcome as _sf_database_v1_PlaceOutcome, PlaceOutcome__Output as _sf_database_v1_PlaceOutcome__Output } from '../../../sf/database/v1/PlaceOutcome.js';

export interface PlaceManyResponse {
  'outcomes'?: (_sf_database_v1_PlaceOutcome)[];
}

export interface PlaceManyResponse__Output {
  'outcomes': (_sf_database_v1_PlaceOutcome__Output)[];
}
