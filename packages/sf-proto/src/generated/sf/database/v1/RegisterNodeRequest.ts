// Original file: proto/sf/database/v1/node.proto

import type { Node as _sf_database_v1_Node, Node__Output as _sf_database_v1_Node__Output } from '../../../sf/database/v1/Node.js';

export interface RegisterNodeRequest {
  'node'?: (_sf_database_v1_Node | null);
}

export interface RegisterNodeRequest__Output {
  'node': (_sf_database_v1_Node__Output | null);
}
