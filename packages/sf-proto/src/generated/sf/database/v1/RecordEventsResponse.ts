// Original file: proto/sf/database/v1/event.proto


export interface RecordEventsResponse {
  'accepted'?: (number);
}

export interface RecordEventsResponse__Output {
  'accepted': (number);
}
