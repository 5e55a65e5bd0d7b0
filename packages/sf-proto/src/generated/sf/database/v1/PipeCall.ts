// Original file: proto/sf/database/v1/pipe.proto

import type { Long } from '@grpc/proto-loader';

export interface PipeCall {
  'id'?: (number | string | Long);
  'method'?: (string);
  'request'?: (Buffer | Uint8Array | string);
  'request_id'?: (string);
}

export interface PipeCall__Output {
  'id': (number);
  'method': (string);
  'request': (Buffer);
  'request_id': (string);
}
