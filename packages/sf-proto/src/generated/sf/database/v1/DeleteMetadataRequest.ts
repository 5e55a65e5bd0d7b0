// Original file: proto/sf/database/v1/metadata.proto


export interface DeleteMetadataRequest {
  'object_type'?: (string);
  'object_ref'?: (string);
  'namespace'?: (string);
  'key'?: (string);
}

export interface DeleteMetadataRequest__Output {
  'object_type': (string);
  'object_ref': (string);
  'namespace': (string);
  'key': (string);
}
