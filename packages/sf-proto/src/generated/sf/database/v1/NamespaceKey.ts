// Original file: proto/sf/database/v1/namespace.proto

import type { Long } from '@grpc/proto-loader';

export interface NamespaceKey {
  'namespace'?: (string);
  'key_name'?: (string);
  'key_hash'?: (string);
  'nonce'?: (string);
  'created'?: (number | string);
  'generation'?: (number | string | Long);
}

export interface NamespaceKey__Output {
  'namespace': (string);
  'key_name': (string);
  'key_hash': (string);
  'nonce': (string);
  'created': (number);
  'generation': (number);
}
