// Original file: proto/sf/database/v1/metadata.proto


export interface SetMetadataRequest {
  'object_type'?: (string);
  'object_ref'?: (string);
  'namespace'?: (string);
  'key'?: (string);
  'value_json'?: (string);
}

export interface SetMetadataRequest__Output {
  'object_type': (string);
  'object_ref': (string);
  'namespace': (string);
  'key': (string);
  'value_json': (string);
}
