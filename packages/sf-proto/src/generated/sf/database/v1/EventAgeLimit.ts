// Original file: proto/sf/database/v1/event.proto


export interface EventAgeLimit {
  'object_type'?: (string);
  'max_age_seconds'?: (number | string);
}

export interface EventAgeLimit__Output {
  'object_type': (string);
  'max_age_seconds': (number);
}
