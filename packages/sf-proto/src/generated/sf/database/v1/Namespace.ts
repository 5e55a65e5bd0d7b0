// Original file: proto/sf/database/v1/namespace.proto

import type { Long } from '@grpc/proto-loader';

export interface Namespace {
  'name'?: (string);
  'state'?: (string);
  'state_updated'?: (number | string);
  'generation'?: (number | string | Long);
  'created'?: (number | string);
}

export interface Namespace__Output {
  'name': (string);
  'state': (string);
  'state_updated': (number);
  'generation': (number);
  'created': (number);
}
