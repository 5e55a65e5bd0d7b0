// Original file: proto/sf/database/v1/operation.proto

import type { OperationTarget as _sf_database_v1_OperationTarget, OperationTarget__Output as _sf_database_v1_OperationTarget__Output } from '../../../sf/database/v1/OperationTarget.js';

export interface EnqueueOperationRequest {
  'operation_type'?: (string);
  'namespace'?: (string);
  'target_node'?: (string);
  'target_role'?: (string);
  'priority'?: (number);
  'payload_json'?: (string);
  'targets'?: (_sf_database_v1_OperationTarget)[];
  'no_coalesce'?: (boolean);
  'delay_seconds'?: (number | string);
  'request_id'?: (string);
  'require_states'?: (string)[];
}

export interface EnqueueOperationRequest__Output {
  'operation_type': (string);
  'namespace': (string);
  'target_node': (string);
  'target_role': (string);
  'priority': (number);
  'payload_json': (string);
  'targets': (_sf_database_v1_OperationTarget__Output)[];
  'no_coalesce': (boolean);
  'delay_seconds': (number);
  'request_id': (string);
  'require_states': (string)[];
}
