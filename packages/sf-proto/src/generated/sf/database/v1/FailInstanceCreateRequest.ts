// Original file: proto/sf/database/v1/instance.proto


export interface FailInstanceCreateRequest {
  'uuid'?: (string);
  'namespace'?: (string);
  'error_message'?: (string);
  'interface_uuids'?: (string)[];
  'min_age_seconds'?: (number);
}

export interface FailInstanceCreateRequest__Output {
  'uuid': (string);
  'namespace': (string);
  'error_message': (string);
  'interface_uuids': (string)[];
  'min_age_seconds': (number);
}
