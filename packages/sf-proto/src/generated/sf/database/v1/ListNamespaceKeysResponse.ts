// Original file: proto/sf/database/v1/namespace.proto

import type { NamespaceKey as _sf_database_v1_NamespaceKey, NamespaceKey__Output as _sf_database_v1_NamespaceKey__Output } from '../../../sf/database/v1/NamespaceKey.js';

export interface ListNamespaceKeysResponse {
  'keys'?: (_sf_database_v1_NamespaceKey)[];
}

export interface ListNamespaceKeysResponse__Output {
  'keys': (_sf_database_v1_NamespaceKey__Output)[];
}
