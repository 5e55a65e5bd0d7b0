// Original file: proto/sf/database/v1/event.proto


export interface PruneEventsResponse {
  'object_rows_deleted'?: (number);
  'events_deleted'?: (number);
}

export interface PruneEventsResponse__Output {
  'object_rows_deleted': (number);
  'events_deleted': (number);
}
