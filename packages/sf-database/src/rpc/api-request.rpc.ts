import type { ApiRequestServiceHandlers } from '@sf/proto';
import { getApiRequest, putApiRequest } from '../resources/api-request.repo.js';
import { unary, type RpcRuntime } from '../server/unary.js';

/** sf-api's idempotency keys; a put is first-wins, so a retried put is harmless. */
export function apiRequestService(rt: RpcRuntime): ApiRequestServiceHandlers {
  return {
    GetApiRequest: unary(rt, 'GetApiRequest', 'read', (req, { db }) => getApiRequest(db, req.request_key)),
    PutApiRequest: unary(rt, 'PutApiRequest', 'write', (req, { db }) => putApiRequest(db, req.request_key, req.namespace, req.status, req.response_json, req.ttl_seconds)),
  };
}
