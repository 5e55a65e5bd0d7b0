// Original file: proto/sf/database/v1/namespace.proto


export interface ListNamespaceTrustsResponse {
  'trusted_namespaces'?: (string)[];
}

export interface ListNamespaceTrustsResponse__Output {
  'trusted_namespaces': (string)[];
}
