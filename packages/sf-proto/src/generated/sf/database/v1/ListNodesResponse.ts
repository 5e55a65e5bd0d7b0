// Original file: proto/sf/database/v1/node.proto

import type { Node as _sf_database_v1_Node, Node__Output as _sf_database_v1_Node__Output } from '../../../sf/database/v1/Node.js';

export interface ListNodesResponse {
  'nodes'?: (_sf_database_v1_Node)[];
  'next_page_token'?: (string);
}

export interface ListNodesResponse__Output {
  'nodes': (_sf_database_v1_Node__Output)[];
  'next_page_token': (string);
}
