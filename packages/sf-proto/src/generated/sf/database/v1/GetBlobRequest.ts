// Original file: proto/sf/database/v1/blob.proto


export interface GetBlobRequest {
  'uuid'?: (string);
}

export interface GetBlobRequest__Output {
  'uuid': (string);
}
