// Original file: proto/sf/database/v1/artifact.proto


export interface DeleteArtifactRequest {
  'uuid'?: (string);
  'namespace'?: (string);
}

export interface DeleteArtifactRequest__Output {
  'uuid': (string);
  'namespace': (string);
}
