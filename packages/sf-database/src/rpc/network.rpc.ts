import type { NetworkServiceHandlers } from '@sf/proto';
import type { PoolCatalog } from '../allocator/allocator.js';
import { failNetworkCreate } from '../resources/failed-create.js';
import { createNetwork, getNetwork, listNetworks, retireNetwork, transitionNetwork, updateNetwork } from '../resources/network.repo.js';
import { notQueued } from '../resources/operation.repo.js';
import { purgeNetwork } from '../resources/purge.js';
import type { Audit } from '../server/audit.js';
import { unary, type RpcRuntime } from '../server/unary.js';

export function networkService(rt: RpcRuntime, catalog: PoolCatalog, audit: Audit): NetworkServiceHandlers {
  return {
    CreateNetwork: unary(rt, 'CreateNetwork', 'once', (req, { db }) => createNetwork(db, req.network ?? {})),
    GetNetwork: unary(rt, 'GetNetwork', 'read', (req, { db }) => getNetwork(db, req.uuid, req.namespace)),
    ListNetworks: unary(rt, 'ListNetworks', 'read', (req, { db }) => listNetworks(db, req)),
    TransitionNetworkState: unary(rt, 'TransitionNetworkState', 'once', (req, { db }) =>
      transitionNetwork(db, req, req.unless_queued ? notQueued('network', req.uuid) : undefined),
    ),
    UpdateNetwork: unary(rt, 'UpdateNetwork', 'once', (req, { db }) => updateNetwork(db, req)),
    FailNetworkCreate: unary(rt, 'FailNetworkCreate', 'once', async (req, { db }) => {
      await audit.room();
      return failNetworkCreate(db, req, catalog, audit.record);
    }),
    RetireNetwork: unary(rt, 'RetireNetwork', 'once', (req, { db }) => retireNetwork(db, req.uuid, req.namespace)),
    DeleteNetwork: unary(rt, 'DeleteNetwork', 'once', async (req, { db }) => {
      await purgeNetwork(db, req.uuid, req.namespace, req.min_age_seconds);
      return { ok: true };
    }),
  };
}
