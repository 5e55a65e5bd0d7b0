// Original file: proto/sf/database/v1/node.proto

import type { Long } from '@grpc/proto-loader';

export interface HeartbeatNodeResponse {
  'state'?: (string);
  'generation'?: (number | string | Long);
  'last_seen'?: (number | string);
}

export interface HeartbeatNodeResponse__Output {
  'state': (string);
  'generation': (number);
  'last_seen': (number);
}
