import type { InstanceServiceHandlers } from '@sf/proto';
import type { PoolCatalog } from '../allocator/allocator.js';
import { createInstance, getInstances, instanceReader, listInstances, transitionInstance, updateInstance } from '../resources/instance.repo.js';
import { failInstanceCreate } from '../resources/failed-create.js';
import { notQueued } from '../resources/operation.repo.js';
import { purgeInstance } from '../resources/purge.js';
import { finishUnplacedDelete } from '../resources/unplaced-delete.js';
import type { Audit } from '../server/audit.js';
import { unary, type RpcRuntime } from '../server/unary.js';

export function instanceService(rt: RpcRuntime, catalog: PoolCatalog, audit: Audit): InstanceServiceHandlers {
  const read = instanceReader(rt.db);
  return {
    CreateInstance: unary(rt, 'CreateInstance', 'once', (req, { db }) => createInstance(db, req.instance ?? {})),
    GetInstance: unary(rt, 'GetInstance', 'read', (req) => read(req.uuid, req.namespace)),
    GetInstances: unary(rt, 'GetInstances', 'read', (req, { db }) => getInstances(db, req.uuids, req.namespace)),
    ListInstances: unary(rt, 'ListInstances', 'read', (req, { db }) => listInstances(db, req)),
    TransitionInstanceState: unary(rt, 'TransitionInstanceState', 'once', (req, { db }) =>
      transitionInstance(db, req, req.unless_queued ? notQueued('instance', req.uuid) : undefined),
    ),
    UpdateInstance: unary(rt, 'UpdateInstance', 'once', (req, { db }) => updateInstance(db, req)),
    FinishUnplacedDelete: unary(rt, 'FinishUnplacedDelete', 'once', async (req, { db }) => {
      await audit.room();
      return finishUnplacedDelete(db, req, catalog, audit.record);
    }),
    FailInstanceCreate: unary(rt, 'FailInstanceCreate', 'once', async (req, { db }) => {
      await audit.room();
      return failInstanceCreate(db, req, catalog, audit.record);
    }),
    DeleteInstance: unary(rt, 'DeleteInstance', 'once', async (req, { db }) => {
      await purgeInstance(db, req.uuid, req.namespace, req.min_age_seconds);
      return { ok: true };
    }),
  };
}
