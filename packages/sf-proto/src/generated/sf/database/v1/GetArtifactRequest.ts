// Original file: proto/sf/database/v1/artifact.proto


export interface GetArtifactRequest {
  'uuid'?: (string);
  'namespace'?: (string);
}

export interface GetArtifactRequest__Output {
  'uuid': (string);
  'namespace': (string);
}
