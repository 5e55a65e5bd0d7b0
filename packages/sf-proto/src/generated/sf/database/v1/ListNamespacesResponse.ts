// Original file: proto/sf/database/v1/namespace.proto

import type { Namespace as _sf_database_v1_Namespace, Namespace__Output as _sf_database_v1_Namespace__Output } from '../../../sf/database/v1/Namespace.js';

export interface ListNamespacesResponse {
  'namespaces'?: (_sf_database_v1_Namespace)[];
  'next_page_token'?: (string);
}

export interface ListNamespacesResponse__Output {
  'namespaces': (_sf_database_v1_Namespace__Output)[];
  'next_page_token': (string);
}
