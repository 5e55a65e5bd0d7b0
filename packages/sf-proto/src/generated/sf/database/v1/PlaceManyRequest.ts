// Original file: proto/sf/database/v1/scheduling.proto

import type { PlaceInstancesRequest as _sf_database_v1_PlaceInstancesRequest, PlaceInstancesRequest__Output as _sf_database_v1_PlaceInstancesRequest__Output } from '../../../sf/database/v1/PlaceInstancesRequest.js';

export interface PlaceManyRequest {
  'requests'?: (_sf_database_v1_PlaceInstancesRequest)[];
}

export interface PlaceManyRequest__Output {
  'requests': (_sf_database_v1_PlaceInstancesRequest__Output)[];
}
