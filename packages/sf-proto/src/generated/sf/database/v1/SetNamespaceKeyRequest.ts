// Original file: proto/sf/database/v1/namespace.proto


export interface SetNamespaceKeyRequest {
  'namespace'?: (string);
  'key_name'?: (string);
  'key_hash'?: (string);
  'max_keys'?: (number);
}

export interface SetNamespaceKeyRequest__Output {
  'namespace': (string);
  'key_name': (string);
  'key_hash': (string);
  'max_keys': (number);
}
