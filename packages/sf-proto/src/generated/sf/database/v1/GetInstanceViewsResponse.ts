// Original file: proto/sf/database/v1/instance_view.proto

import type { InstanceView as _sf_database_v1_InstanceView, InstanceView__Output as _sf_database_v1_InstanceView__Output } from '../../../sf/database/v1/InstanceView.js';

export interface GetInstanceViewsResponse {
  'key_ok'?: (boolean);
  'views'?: (_sf_database_v1_InstanceView)[];
  'missing'?: (string)[];
  'invalid'?: (string)[];
}

export interface GetInstanceViewsResponse__Output {
  'key_ok': (boolean);
  'views': (_sf_database_v1_InstanceView__Output)[];
  'missing': (string)[];
  'invalid': (string)[];
}
