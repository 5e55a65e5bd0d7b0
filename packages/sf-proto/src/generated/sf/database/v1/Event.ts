// Original file: proto/sf/database/v1/event.proto

import type { EventObject as _sf_database_v1_EventObject, EventObject__Output as _sf_database_v1_EventObject__Output } from '../../../sf/database/v1/EventObject.js';

export interface Event {
  'event_uuid'?: (string);
  'event_type'?: (string);
  'timestamp'?: (number | string);
  'fqdn'?: (string);
  'duration'?: (number | string);
  'message'?: (string);
  'extra_json'?: (string);
  'request_id'?: (string);
  'objects'?: (_sf_database_v1_EventObject)[];
}

export interface Event__Output {
  'event_uuid': (string);
  'event_type': (string);
  'timestamp': (number);
  'fqdn': (string);
  'duration': (number);
  'message': (string);
  'extra_json': (string);
  'request_id': (string);
  'objects': (_sf_database_v1_EventObject__Output)[];
}
