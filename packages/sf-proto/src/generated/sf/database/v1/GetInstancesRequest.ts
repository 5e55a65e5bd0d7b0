// Original file: proto/sf/database/v1/instance.proto


export interface GetInstancesRequest {
  'uuids'?: (string)[];
  'namespace'?: (string);
}

export interface GetInstancesRequest__Output {
  'uuids': (string)[];
  'namespace': (string);
}
