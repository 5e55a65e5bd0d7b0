// Original file: proto/sf/database/v1/namespace.proto


export interface ListNamespaceTrustsRequest {
  'namespace'?: (string);
}

export interface ListNamespaceTrustsRequest__Output {
  'namespace': (string);
}
