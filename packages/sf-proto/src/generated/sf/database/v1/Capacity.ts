// Original file: proto/sf/database/v1/scheduling.proto

import type { Long } from '@grpc/proto-loader';

export interface Capacity {
  'cpus'?: (number);
  'memory_mib'?: (number | string | Long);
  'disk_gib'?: (number | string | Long);
}

export interface Capacity__Output {
  'cpus': (number);
  'memory_mib': (number);
  'disk_gib': (number);
}
