// Original file: proto/sf/database/v1/event.proto


export interface EventObject {
  'object_type'?: (string);
  'object_uuid'?: (string);
}

export interface EventObject__Output {
  'object_type': (string);
  'object_uuid': (string);
}
