// Original file: proto/sf/database/v1/namespace.proto

import type { Namespace as _sf_database_v1_Namespace, Namespace__Output as _sf_database_v1_Namespace__Output } from '../../../sf/database/v1/Namespace.js';
import type { NamespaceKey as _sf_database_v1_NamespaceKey, NamespaceKey__Output as _sf_database_v1_NamespaceKey__Output } from '../../../sf/database/v1/NamespaceKey.js';

export interface CreateNamespaceRequest {
  'namespace'?: (_sf_database_v1_Namespace | null);
  'first_key'?: (_sf_database_v1_NamespaceKey | null);
}

export interface CreateNamespaceRequest__Output {
  'namespace': (_sf_database_v1_Namespace__Output | null);
  'first_key': (_sf_database_v1_NamespaceKey__Output | null);
}
