import type { ApiRequestServiceHandlers } from '@sf/proto';
import { getApiRequest, putApiRequest } from '../resources/api-request.repo.js';
import { unary, type RpcRuntime } from '../server/unary.js';

/** sf-api's idempotency keys; a put is first-wins, so a retried put is harmless. */
export function apiRequestService(rt: RpcRuntime): ApiRequestServiceHandlers {
  return {
    GetApiRequest: unary(rt, 'GetApiRequest', 'read', (req, { db }) => getApiRequest(db, req.request_key)),
    PutApiRequest: unary(rt, 'PutApiRequest', 'write', (req, { db }) => putApiRequest(db, {
      key: req.request_key, namespace: req.namespace, requestHash: req.request_hash, status: req.status, responseJson: req.response_json, ttlSeconds: req.ttl_seconds,
    })),
  };
}
