import type { FailInstanceCreateRequest__Output, FailNetworkCreateRequest__Output, Instance, Network } from '@sf/proto';
import { Allocator, type AuditSink, type PoolCatalog } from '../allocator/allocator.js';
import type { Sql } from '../internal/sql.js';
import { canonicalUuid } from '../internal/values.js';
import { Reservations } from '../scheduling/reservations.js';
import { deleteInterfaces, interfacesOf, releaseInterfaceAllocations } from './holdings.js';
import { INSTANCE_TABLE, getInstance } from './instance.repo.js';
import { NETWORK_TABLE, getNetwork } from './network.repo.js';
import { assignments, lockedState, requireStateAge, transitionState, updateColumns } from './object-table.js';
import { notQueued } from './operation.repo.js';

/*
 * A create that failed before queueing its work (its sf-api gave up, or
 * died and the maintainer found it abandoned) is failed in one transaction
 * under the object's row lock. A create queues its work only while its
 * object is `initial`, under the same lock, and this refuses once work was
 * ever queued: so exactly one of the two goes ahead, and a kill leaves the
 * object either untouched or failed with nothing held. The maintainer also
 * asks for a minimum age, measured here by the database's clock: its own
 * may be minutes off, and a create still running must not be failed.
 */

/** The failure's message, when it has one. */
const message = (text: string): string | undefined => (text === '' ? undefined : text);

/**
 * The instance to error (through initial-error, as its state machine
 * goes), what its interfaces and the planned ones without a row yet hold
 * released, its reservation released; the interface rows stay until the
 * instance is deleted. An instance a DELETE already finished as never
 * placed gives up what its create took after that DELETE: interfaces and
 * a reservation (a placed instance's teardown releases its own before
 * `deleted`, so a live one can only be this create's).
 */
export async function failInstanceCreate(db: Sql, req: FailInstanceCreateRequest__Output, catalog: PoolCatalog, audit: AuditSink): Promise<Instance> {
  const key = canonicalUuid(req.uuid);
  const planned = req.interface_uuids.map((uuid) => canonicalUuid(uuid, 'interface_uuids'));
  await db.transaction(async (tx) => {
    const allocator = new Allocator(tx, catalog, audit);
    const state = await lockedState(tx, INSTANCE_TABLE, key, req.namespace);
    await requireStateAge(tx, INSTANCE_TABLE, key, state, req.min_age_seconds);
    if (state === 'deleted') {
      const interfaces = await interfacesOf(tx, key);
      await releaseInterfaceAllocations(tx, allocator, interfaces, planned);
      await deleteInterfaces(tx, interfaces);
      await new Reservations(tx).release(key);
      return;
    }
    await transitionState(tx, INSTANCE_TABLE, key, req.namespace, 'initial-error', ['initial'], assignments([['error_message', message(req.error_message)]]), notQueued('instance', key));
    await transitionState(tx, INSTANCE_TABLE, key, req.namespace, 'error', ['initial-error']);
    await releaseInterfaceAllocations(tx, allocator, await interfacesOf(tx, key), planned);
    await new Reservations(tx).release(key);
  });
  return getInstance(db, key, '');
}

/**
 * The network to error, its VNI cleared from its row (where it is unique)
 * and released for the next network. A network already in error that still
 * names its VNI and never had work queued was left half way by an older
 * caller (one transition, then the releases): it gives up its VNI the same
 * way. A DELETE cannot do it for them: API.md answers 404 for a network in
 * error.
 */
export async function failNetworkCreate(db: Sql, req: FailNetworkCreateRequest__Output, catalog: PoolCatalog, audit: AuditSink): Promise<Network> {
  const key = canonicalUuid(req.uuid);
  await db.transaction(async (tx) => {
    const allocator = new Allocator(tx, catalog, audit);
    const state = await lockedState(tx, NETWORK_TABLE, key, req.namespace);
    await requireStateAge(tx, NETWORK_TABLE, key, state, req.min_age_seconds);
    if (state === 'error') {
      await notQueued('network', key)(tx);
      await updateColumns(tx, NETWORK_TABLE, key, req.namespace, 0, assignments([['vxid', null]]));
    } else {
      const set = assignments([['error_message', message(req.error_message)], ['vxid', null]]);
      await transitionState(tx, NETWORK_TABLE, key, req.namespace, 'error', ['initial'], set, notQueued('network', key));
    }
    await allocator.releaseOwner({ type: 'network', uuid: key });
  });
  return getNetwork(db, key, '');
}
