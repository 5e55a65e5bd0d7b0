// Original file: proto/sf/database/v1/instance.proto

import type { Disk as _sf_database_v1_Disk, Disk__Output as _sf_database_v1_Disk__Output } from '../../../sf/database/v1/Disk.js';
import type { Long } from '@grpc/proto-loader';

export interface Instance {
  'uuid'?: (string);
  'namespace'?: (string);
  'name'?: (string);
  'state'?: (string);
  'state_updated'?: (number | string);
  'generation'?: (number | string | Long);
  'created'?: (number | string);
  'cpus'?: (number);
  'memory_mib'?: (number | string | Long);
  'disks'?: (_sf_database_v1_Disk)[];
  'video_json'?: (string);
  'uefi'?: (boolean);
  'secure_boot'?: (boolean);
  'nvram_template'?: (string);
  'configdrive'?: (string);
  'ssh_key'?: (string);
  'user_data'?: (string);
  'requested_node'?: (string);
  'node'?: (string);
  'affinity_json'?: (string);
  'power_state'?: (string);
  'power_state_previous'?: (string);
  'power_state_updated'?: (number | string);
  'console_port'?: (number);
  'vdi_port'?: (number);
  'vsock_cid'?: (number);
  'error_message'?: (string);
  'tags'?: (string)[];
}

export interface Instance__Output {
  'uuid': (string);
  'namespace': (string);
  'name': (string);
  'state': (string);
  'state_updated': (number);
  'generation': (number);
  'created': (number);
  'cpus': (number);
  'memory_mib': (number);
  'disks': (_sf_database_v1_Disk__Output)[];
  'video_json': (string);
  'uefi': (boolean);
  'secure_boot': (boolean);
  'nvram_template': (string);
  'configdrive': (string);
  'ssh_key': (string);
  'user_data': (string);
  'requested_node': (string);
  'node': (string);
  'affinity_json': (string);
  'power_state': (string);
  'power_state_previous': (string);
  'power_state_updated': (number);
  'console_port': (number);
  'vdi_port': (number);
  'vsock_cid': (number);
  'error_message': (string);
  'tags': (string)[];
}
