// Original file: proto/sf/database/v1/instance.proto

import type { Instance as _sf_database_v1_Instance, Instance__Output as _sf_database_v1_Instance__Output } from '../../../sf/database/v1/Instance.js';

export interface CreateInstanceRequest {
  'instance'?: (_sf_database_v1_Instance | null);
}

export interface CreateInstanceRequest__Output {
  'instance': (_sf_database_v1_Instance__Output | null);
}
