// Original file: proto/sf/database/v1/node.proto

import type { Long } from '@grpc/proto-loader';

export interface Node {
  'name'?: (string);
  'fqdn'?: (string);
  'mesh_ip'?: (string);
  'roles'?: (string)[];
  'cpus'?: (number);
  'memory_mib'?: (number | string | Long);
  'disk_gib'?: (number | string | Long);
  'software_version'?: (string);
  'last_seen'?: (number | string);
  'state'?: (string);
  'state_updated'?: (number | string);
  'generation'?: (number | string | Long);
  'created'?: (number | string);
}

export interface Node__Output {
  'name': (string);
  'fqdn': (string);
  'mesh_ip': (string);
  'roles': (string)[];
  'cpus': (number);
  'memory_mib': (number);
  'disk_gib': (number);
  'software_version': (string);
  'last_seen': (number);
  'state': (string);
  'state_updated': (number);
  'generation': (number);
  'created': (number);
}
