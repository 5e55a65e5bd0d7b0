// Original file: proto/sf/database/v1/artifact.proto


export interface AddArtifactVersionRequest {
  'uuid'?: (string);
  'namespace'?: (string);
  'blob_uuid'?: (string);
}

export interface AddArtifactVersionRequest__Output {
  'uuid': (string);
  'namespace': (string);
  'blob_uuid': (string);
}
