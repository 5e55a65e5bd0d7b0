// Original file: proto/sf/database/v1/artifact.proto


export interface ArtifactVersion {
  'version_index'?: (number);
  'blob_uuid'?: (string);
  'created'?: (number | string);
}

export interface ArtifactVersion__Output {
  'version_index': (number);
  'blob_uuid': (string);
  'created': (number);
}
