// Original file: proto/sf/database/v1/scheduling.proto

import type { Long } from '@grpc/proto-loader';

export interface SetQuotaRequest {
  'namespace'?: (string);
  'has_cpus'?: (boolean);
  'cpus'?: (number);
  'has_memory_mib'?: (boolean);
  'memory_mib'?: (number | string | Long);
  'has_disk_gib'?: (boolean);
  'disk_gib'?: (number | string | Long);
  'has_instances'?: (boolean);
  'instances'?: (number);
}

export interface SetQuotaRequest__Output {
  'namespace': (string);
  'has_cpus': (boolean);
  'cpus': (number);
  'has_memory_mib': (boolean);
  'memory_mib': (number);
  'has_disk_gib': (boolean);
  'disk_gib': (number);
  'has_instances': (boolean);
  'instances': (number);
}
