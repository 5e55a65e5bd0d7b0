// Original file: proto/sf/database/v1/namespace.proto


export interface ListNamespaceKeysRequest {
  'namespace'?: (string);
}

export interface ListNamespaceKeysRequest__Output {
  'namespace': (string);
}
