// Original file: proto/sf/database/v1/operation.proto

import type { OperationError as _sf_database_v1_OperationError, OperationError__Output as _sf_database_v1_OperationError__Output } from '../../../sf/database/v1/OperationError.js';

export interface FailOperationRequest {
  'uuid'?: (string);
  'node'?: (string);
  'error'?: (_sf_database_v1_OperationError | null);
  'attempt'?: (number);
}

export interface FailOperationRequest__Output {
  'uuid': (string);
  'node': (string);
  'error': (_sf_database_v1_OperationError__Output | null);
  'attempt': (number);
}
