// Original file: proto/sf/database/v1/namespace.proto


export interface DeleteNamespaceKeyResponse {
  'deleted'?: (boolean);
}

export interface DeleteNamespaceKeyResponse__Output {
  'deleted': (boolean);
}
