import type { InstanceViewServiceHandlers } from '@sf/proto';
import { getInstanceViews } from '../resources/instance-view.repo.js';
import { unary, type RpcRuntime } from '../server/unary.js';

/** sf-api's GET /instances/{uuid} in one call: key check, instances, interfaces, metadata. */
export function instanceViewService(rt: RpcRuntime): InstanceViewServiceHandlers {
  return {
    GetInstanceViews: unary(rt, 'GetInstanceViews', 'read', (req, { db }) => getInstanceViews(db, req.uuids, req.namespace, req.key_check)),
  };
}
