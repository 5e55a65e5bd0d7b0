// Original file: proto/sf/database/v1/namespace.proto


export interface NamespaceKeyRequest {
  'namespace'?: (string);
  'key_name'?: (string);
}

export interface NamespaceKeyRequest__Output {
  'namespace': (string);
  'key_name': (string);
}
