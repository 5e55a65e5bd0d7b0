// Original file: proto/sf/database/v1/event.proto


export interface GetObjectEventsRequest {
  'object_type'?: (string);
  'object_uuid'?: (string);
  'event_type'?: (string);
  'limit'?: (number);
  'page_token'?: (string);
}

export interface GetObjectEventsRequest__Output {
  'object_type': (string);
  'object_uuid': (string);
  'event_type': (string);
  'limit': (number);
  'page_token': (string);
}
