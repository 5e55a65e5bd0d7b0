// Original file: proto/sf/database/v1/instance.proto


export interface GetInstanceRequest {
  'uuid'?: (string);
  'namespace'?: (string);
}

export interface GetInstanceRequest__Output {
  'uuid': (string);
  'namespace': (string);
}
