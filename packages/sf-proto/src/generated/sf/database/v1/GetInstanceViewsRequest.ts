// Original file: proto/sf/database/v1/instance_view.proto

import type { KeyCheck as _sf_database_v1_KeyCheck, KeyCheck__Output as _sf_database_v1_KeyCheck__Output } from '../../../sf/database/v1/KeyCheck.js';

export interface GetInstanceViewsRequest {
  'uuids'?: (string)[];
  'namespace'?: (string);
  'key_check'?: (_sf_database_v1_KeyCheck | null);
}

export interface GetInstanceViewsRequest__Output {
  'uuids': (string)[];
  'namespace': (string);
  'key_check': (_sf_database_v1_KeyCheck__Output | null);
}
