// Original file: proto/sf/database/v1/event.proto


export interface EventCountLimit {
  'event_type'?: (string);
  'max_events'?: (number);
}

export interface EventCountLimit__Output {
  'event_type': (string);
  'max_events': (number);
}
