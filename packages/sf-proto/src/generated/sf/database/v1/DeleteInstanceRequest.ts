// Original file: proto/sf/database/v1/instance.proto


export interface DeleteInstanceRequest {
  'uuid'?: (string);
  'namespace'?: (string);
  'min_age_seconds'?: (number);
}

export interface DeleteInstanceRequest__Output {
  'uuid': (string);
  'namespace': (string);
  'min_age_seconds': (number);
}
