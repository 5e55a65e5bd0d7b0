// Original file: proto/sf/database/v1/event.proto

import type { Event as _sf_database_v1_Event, Event__Output as _sf_database_v1_Event__Output } from '../../../sf/database/v1/Event.js';

export interface GetObjectEventsResponse {
  'events'?: (_sf_database_v1_Event)[];
  'next_page_token'?: (string);
}

export interface GetObjectEventsResponse__Output {
  'events': (_sf_database_v1_Event__Output)[];
  'next_page_token': (string);
}
