// Original file: proto/sf/database/v1/blob.proto


export interface BlobLocationRequest {
  'uuid'?: (string);
  'node'?: (string);
}

export interface BlobLocationRequest__Output {
  'uuid': (string);
  'node': (string);
}
