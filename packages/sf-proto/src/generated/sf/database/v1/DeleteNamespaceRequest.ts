// Original file: proto/sf/database/v1/namespace.proto


export interface DeleteNamespaceRequest {
  'name'?: (string);
  'min_age_seconds'?: (number);
}

export interface DeleteNamespaceRequest__Output {
  'name': (string);
  'min_age_seconds': (number);
}
