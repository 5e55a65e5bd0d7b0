// Original file: proto/sf/database/v1/namespace.proto


export interface DeleteNamespaceRequest {
  'name'?: (string);
}

export interface DeleteNamespaceRequest__Output {
  'name': (string);
}
