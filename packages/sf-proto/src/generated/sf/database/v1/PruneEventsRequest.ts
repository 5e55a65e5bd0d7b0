// Original file: proto/sf/database/v1/event.proto

import type { EventAgeLimit as _sf_database_v1_EventAgeLimit, EventAgeLimit__Output as _sf_database_v1_EventAgeLimit__Output } from '../../../sf/database/v1/EventAgeLimit.js';
import type { EventCountLimit as _sf_database_v1_EventCountLimit, EventCountLimit__Output as _sf_database_v1_EventCountLimit__Output } from '../../../sf/database/v1/EventCountLimit.js';

export interface PruneEventsRequest {
  'age_limits'?: (_sf_database_v1_EventAgeLimit)[];
  'count_limits'?: (_sf_database_v1_EventCountLimit)[];
}

export interface PruneEventsRequest__Output {
  'age_limits': (_sf_database_v1_EventAgeLimit__Output)[];
  'count_limits': (_sf_database_v1_EventCountLimit__Output)[];
}
