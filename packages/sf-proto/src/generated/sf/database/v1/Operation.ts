// Original file: proto/sf/database/v1/operation.proto

import type { OperationError as _sf_database_v1_OperationError, OperationError__Output as _sf_database_v1_OperationError__Output } from '../../../sf/database/v1/OperationError.js';
import type { OperationTarget as _sf_database_v1_OperationTarget, OperationTarget__Output as _sf_database_v1_OperationTarget__Output } from '../../../sf/database/v1/OperationTarget.js';
import type { Long } from '@grpc/proto-loader';

export interface Operation {
  'uuid'?: (string);
  'operation_type'?: (string);
  'namespace'?: (string);
  'target_node'?: (string);
  'target_role'?: (string);
  'priority'?: (number);
  'payload_json'?: (string);
  'state'?: (string);
  'state_updated'?: (number | string);
  'generation'?: (number | string | Long);
  'created'?: (number | string);
  'scheduled_at'?: (number | string);
  'claimed_by'?: (string);
  'lease_expires'?: (number | string);
  'attempts'?: (number);
  'error'?: (_sf_database_v1_OperationError | null);
  'request_id'?: (string);
  'targets'?: (_sf_database_v1_OperationTarget)[];
}

export interface Operation__Output {
  'uuid': (string);
  'operation_type': (string);
  'namespace': (string);
  'target_node': (string);
  'target_role': (string);
  'priority': (number);
  'payload_json': (string);
  'state': (string);
  'state_updated': (number);
  'generation': (number);
  'created': (number);
  'scheduled_at': (number);
  'claimed_by': (string);
  'lease_expires': (number);
  'attempts': (number);
  'error': (_sf_database_v1_OperationError__Output | null);
  'request_id': (string);
  'targets': (_sf_database_v1_OperationTarget__Output)[];
}
