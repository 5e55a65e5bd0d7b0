// Original file: proto/sf/database/v1/instance.proto

import type { Instance as _sf_database_v1_Instance, Instance__Output as _sf_database_v1_Instance__Output } from '../../../sf/database/v1/Instance.js';

export interface GetInstancesResponse {
  'instances'?: (_sf_database_v1_Instance)[];
  'missing'?: (string)[];
  'invalid'?: (string)[];
}

export interface GetInstancesResponse__Output {
  'instances': (_sf_database_v1_Instance__Output)[];
  'missing': (string)[];
  'invalid': (string)[];
}
