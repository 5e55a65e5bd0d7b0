// Original file: proto/sf/database/v1/namespace.proto


export interface GetNamespaceRequest {
  'name'?: (string);
}

export interface GetNamespaceRequest__Output {
  'name': (string);
}
