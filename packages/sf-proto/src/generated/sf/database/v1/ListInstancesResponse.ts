// Original file: proto/sf/database/v1/instance.proto

import type { Instance as _sf_database_v1_Instance, Instance__Output as _sf_database_v1_Instance__Output } from '../../../sf/database/v1/Instance.js';

export interface ListInstancesResponse {
  'instances'?: (_sf_database_v1_Instance)[];
  'next_page_token'?: (string);
}

export interface ListInstancesResponse__Output {
  'instances': (_sf_database_v1_Instance__Output)[];
  'next_page_token': (string);
}
