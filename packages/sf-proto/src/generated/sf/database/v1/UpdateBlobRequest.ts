// Original file: proto/sf/database/v1/blob.proto

import type { Long } from '@grpc/proto-loader';

export interface UpdateBlobRequest {
  'uuid'?: (string);
  'expected_generation'?: (number | string | Long);
  'size'?: (number | string | Long);
  'sha256'?: (string);
  'modified'?: (number | string);
  '_size'?: "size";
  '_sha256'?: "sha256";
  '_modified'?: "modified";
}

export interface UpdateBlobRequest__Output {
  'uuid': (string);
  'expected_generation': (number);
  'size'?: (number);
  'sha256'?: (string);
  'modified'?: (number);
  '_size'?: "size";
  '_sha256'?: "sha256";
  '_modified'?: "modified";
}
