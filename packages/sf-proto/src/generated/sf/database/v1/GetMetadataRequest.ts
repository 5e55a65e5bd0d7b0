// Original file: proto/sf/database/v1/metadata.proto


export interface GetMetadataRequest {
  'object_type'?: (string);
  'object_ref'?: (string);
  'namespace'?: (string);
}

export interface GetMetadataRequest__Output {
  'object_type': (string);
  'object_ref': (string);
  'namespace': (string);
}
