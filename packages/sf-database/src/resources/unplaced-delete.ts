import type { FinishUnplacedDeleteRequest__Output, Instance } from '@sf/proto';
import { Allocator, type AuditSink, type PoolCatalog } from '../allocator/allocator.js';
import type { Sql } from '../internal/sql.js';
import { canonicalUuid } from '../internal/values.js';
import { Reservations } from '../scheduling/reservations.js';
import { deleteInterfaces, interfacesOf, releaseInterfaceAllocations } from './holdings.js';
import { INSTANCE_TABLE, getInstance } from './instance.repo.js';
import { transitionState } from './object-table.js';
import { notQueued } from './operation.repo.js';

/**
 * The delete of an instance that never reached a hypervisor, all in one
 * transaction: the instance to deleted (under its row lock, refused if work
 * was ever queued for it), what its interfaces hold released, the
 * interfaces to deleted, its reservation released. A create still running
 * then finds its instance gone (its enqueue requires `initial`); a create
 * that queued its work first makes this refuse, and the instance is its
 * worker's to tear down. Nothing is left half done by a kill.
 */
export async function finishUnplacedDelete(db: Sql, req: FinishUnplacedDeleteRequest__Output, catalog: PoolCatalog, audit: AuditSink): Promise<Instance> {
  const key = canonicalUuid(req.uuid);
  await db.transaction(async (tx) => {
    const allocator = new Allocator(tx, catalog, audit);
    await transitionState(tx, INSTANCE_TABLE, key, req.namespace, 'deleted', req.from_states, undefined, notQueued('instance', key));
    const interfaces = await interfacesOf(tx, key);
    await releaseInterfaceAllocations(tx, allocator, interfaces);
    await deleteInterfaces(tx, interfaces);
    await new Reservations(tx).release(key);
  });
  return getInstance(db, key, '');
}
