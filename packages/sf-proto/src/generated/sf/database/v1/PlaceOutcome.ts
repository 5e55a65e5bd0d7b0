// Original file: proto/sf/database/v1/scheduling.proto

import type { PlaceInstancesResponse as _sf_database_v1_PlaceInstancesResponse, PlaceInstancesResponse__Output as _sf_database_v1_PlaceInstancesResponse__Output } from '../../../sf/database/v1/PlaceInstancesResponse.js';
import type { ItemError as _sf_database_v1_ItemError, ItemError__Output as _sf_database_v1_ItemError__Output } from '../../../sf/database/v1/ItemError.js';

export interface PlaceOutcome {
  'placed'?: (_sf_database_v1_PlaceInstancesResponse | null);
  'error'?: (_sf_database_v1_ItemError | null);
}

export interface PlaceOutcome__Output {
  'placed': (_sf_database_v1_PlaceInstancesResponse__Output | null);
  'error': (_sf_database_v1_ItemError__Output | null);
}
