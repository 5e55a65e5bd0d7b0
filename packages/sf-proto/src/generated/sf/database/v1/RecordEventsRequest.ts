// Original file: proto/sf/database/v1/event.proto

import type { Event as _sf_database_v1_Event, Event__Output as _sf_database_v1_Event__Output } from '../../../sf/database/v1/Event.js';

export interface RecordEventsRequest {
  'events'?: (_sf_database_v1_Event)[];
}

export interface RecordEventsRequest__Output {
  'events': (_sf_database_v1_Event__Output)[];
}
