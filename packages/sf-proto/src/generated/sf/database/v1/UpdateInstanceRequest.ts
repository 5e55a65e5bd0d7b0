// Original file: proto/sf/database/v1/instance.proto

import type { Long } from '@grpc/proto-loader';

export interface UpdateInstanceRequest {
  'uuid'?: (string);
  'namespace'?: (string);
  'expected_generation'?: (number | string | Long);
  'node'?: (string);
  'power_state'?: (string);
  'console_port'?: (number);
  'vdi_port'?: (number);
  'vsock_cid'?: (number);
  'error_message'?: (string);
  '_node'?: "node";
  '_power_state'?: "power_state";
  '_console_port'?: "console_port";
  '_vdi_port'?: "vdi_port";
  '_vsock_cid'?: "vsock_cid";
  '_error_message'?: "error_message";
}

export interface UpdateInstanceRequest__Output {
  'uuid': (string);
  'namespace': (string);
  'expected_generation': (number);
  'node'?: (string);
  'power_state'?: (string);
  'console_port'?: (number);
  'vdi_port'?: (number);
  'vsock_cid'?: (number);
  'error_message'?: (string);
  '_node'?: "node";
  '_power_state'?: "power_state";
  '_console_port'?: "console_port";
  '_vdi_port'?: "vdi_port";
  '_vsock_cid'?: "vsock_cid";
  '_error_message'?: "error_message";
}
