// Original file: proto/sf/database/v1/blob.proto

import type { Long } from '@grpc/proto-loader';

export interface Blob {
  'uuid'?: (string);
  'state'?: (string);
  'state_updated'?: (number | string);
  'generation'?: (number | string | Long);
  'created'?: (number | string);
  'size'?: (number | string | Long);
  'sha256'?: (string);
  'modified'?: (number | string);
  'locations'?: (string)[];
}

export interface Blob__Output {
  'uuid': (string);
  'state': (string);
  'state_updated': (number);
  'generation': (number);
  'created': (number);
  'size': (number);
  'sha256': (string);
  'modified': (number);
  'locations': (string)[];
}
