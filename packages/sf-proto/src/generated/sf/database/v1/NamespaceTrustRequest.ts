// Original file: proto/sf/database/v1/namespace.proto


export interface NamespaceTrustRequest {
  'namespace'?: (string);
  'trusted_namespace'?: (string);
}

export interface NamespaceTrustRequest__Output {
  'namespace': (string);
  'trusted_namespace': (string);
}
