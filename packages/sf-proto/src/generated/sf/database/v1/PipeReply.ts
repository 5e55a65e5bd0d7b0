// Original file: proto/sf/database/v1/pipe.proto

import type { Long } from '@grpc/proto-loader';

export interface PipeReply {
  'id'?: (number | string | Long);
  'response'?: (Buffer | Uint8Array | string);
  'code'?: (number);
  'message'?: (string);
  'error_code'?: (string);
  'error_details_json'?: (string);
}

export interface PipeReply__Output {
  'id': (number);
  'response': (Buffer);
  'code': (number);
  'message': (string);
  'error_code': (string);
  'error_details_json': (string);
}
