// Original file: proto/sf/database/v1/allocation.proto

import type { Long } from '@grpc/proto-loader';

export interface PoolUsage {
  'pool'?: (string);
  'size'?: (number | string);
  'used'?: (number | string | Long);
  'leased'?: (number | string | Long);
  'expired'?: (number | string | Long);
}

export interface PoolUsage__Output {
  'pool': (string);
  'size': (number);
  'used': (number);
  'leased': (number);
  'expired': (number);
}
