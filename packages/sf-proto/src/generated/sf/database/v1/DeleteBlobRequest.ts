// Original file: proto/sf/database/v1/blob.proto


export interface DeleteBlobRequest {
  'uuid'?: (string);
}

export interface DeleteBlobRequest__Output {
  'uuid': (string);
}
