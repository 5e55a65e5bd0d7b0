// Original file: proto/sf/database/v1/metadata.proto


export interface DeleteMetadataResponse {
  'deleted'?: (boolean);
}

export interface DeleteMetadataResponse__Output {
  'deleted': (boolean);
}
