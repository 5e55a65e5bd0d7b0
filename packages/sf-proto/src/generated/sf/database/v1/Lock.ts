// Original file: proto/sf/database/v1/lock.proto

import type { Long } from '@grpc/proto-loader';

export interface Lock {
  'name'?: (string);
  'holder'?: (string);
  'acquired_at'?: (number | string);
  'expires_at'?: (number | string);
  'generation'?: (number | string | Long);
}

export interface Lock__Output {
  'name': (string);
  'holder': (string);
  'acquired_at': (number);
  'expires_at': (number);
  'generation': (number);
}
