// Original file: proto/sf/database/v1/namespace.proto


export interface RetireNamespaceRequest {
  'name'?: (string);
}

export interface RetireNamespaceRequest__Output {
  'name': (string);
}
