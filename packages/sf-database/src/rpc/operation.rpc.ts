import type { OperationServiceHandlers } from '@sf/proto';
import {
  claimOperations,
  completeOperation,
  enqueueOperation,
  failOperation,
  getOperation,
  hasPendingOperation,
  listOperations,
  pruneOperations,
  renewOperationLease,
} from '../resources/operation.repo.js';
import { unary, type RpcRuntime } from '../server/unary.js';

export function operationService(rt: RpcRuntime): OperationServiceHandlers {
  return {
    EnqueueOperation: unary(rt, 'EnqueueOperation', 'once', (req, { db, requestId }) =>
      enqueueOperation(db, req.request_id === '' ? { ...req, request_id: requestId } : req),
    ),
    ClaimOperations: unary(rt, 'ClaimOperations', 'once', async (req, { db }) => ({ operations: await claimOperations(db, req) })),
    RenewOperationLease: unary(rt, 'RenewOperationLease', 'write', (req, { db }) => renewOperationLease(db, req.uuid, req.node, req.lease_seconds, req.attempt)),
    CompleteOperation: unary(rt, 'CompleteOperation', 'once', (req, { db }) => completeOperation(db, req.uuid, req.node, req.attempt)),
    FailOperation: unary(rt, 'FailOperation', 'once', (req, { db }) => failOperation(db, req.uuid, req.node, req.error, req.attempt)),
    GetOperation: unary(rt, 'GetOperation', 'read', (req, { db }) => getOperation(db, req.uuid)),
    ListOperations: unary(rt, 'ListOperations', 'read', (req, { db }) => listOperations(db, req)),
    HasPendingOperation: unary(rt, 'HasPendingOperation', 'read', (req, { db }) =>
      hasPendingOperation(db, req.object_type, req.object_uuid, { operationType: req.operation_type, anyState: req.any_state, since: req.since }),
    ),
    PruneOperations: unary(rt, 'PruneOperations', 'write', (req, { db }) => pruneOperations(db, req.min_age_seconds, req.limit)),
  };
}
