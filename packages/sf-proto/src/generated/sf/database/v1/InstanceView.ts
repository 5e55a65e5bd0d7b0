// Original file: proto/sf/database/v1/instance_view.proto

import type { Instance as _sf_database_v1_Instance, Instance__Output as _sf_database_v1_Instance__Output } from '../../../sf/database/v1/Instance.js';
import type { NetworkInterface as _sf_database_v1_NetworkInterface, NetworkInterface__Output as _sf_database_v1_NetworkInterface__Output } from '../../../sf/database/v1/NetworkInterface.js';

export interface InstanceView {
  'instance'?: (_sf_database_v1_Instance | null);
  'interfaces'?: (_sf_database_v1_NetworkInterface)[];
  'metadata_json'?: ({[key: string]: string});
}

export interface InstanceView__Output {
  'instance': (_sf_database_v1_Instance__Output | null);
  'interfaces': (_sf_database_v1_NetworkInterface__Output)[];
  'metadata_json': ({[key: string]: string});
}
