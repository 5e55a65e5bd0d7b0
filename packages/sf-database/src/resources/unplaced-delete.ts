import type { FinishUnplacedDeleteRequest__Output, Instance } from '@sf/proto';
import { Allocator, type AuditSink, type PoolCatalog } from '../allocator/allocator.js';
import type { Sql } from '../internal/sql.js';
import { NETWORK_INTERFACE_STATES, allowedSources } from '../internal/states.js';
import { canonicalUuid } from '../internal/values.js';
import { Reservations } from '../scheduling/reservations.js';
import { INSTANCE_TABLE, getInstance } from './instance.repo.js';
import { transitionState } from './object-table.js';
import { notQueued } from './operation.repo.js';

type AuditEvent = Parameters<AuditSink>[0];

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
  const nicSources = allowedSources(NETWORK_INTERFACE_STATES, 'network_interface', 'deleted');
  let released: AuditEvent[] = [];
  await db.transaction(async (tx) => {
    // A deadlock retry runs this again: only the last run's releases are audited.
    released = [];
    await transitionState(tx, INSTANCE_TABLE, key, req.namespace, 'deleted', req.from_states, undefined, notQueued('instance', key));
    const nics = await tx.rows<{ uuid: string }>('SELECT uuid FROM network_interfaces WHERE instance_uuid = ? FOR UPDATE', [key]);
    const allocator = new Allocator(tx, catalog, (event) => released.push(event));
    for (const nic of nics) await allocator.releaseOwner({ type: 'network_interface', uuid: nic.uuid });
    await tx.exec(
      `UPDATE network_interfaces SET state = 'deleted', state_updated = NOW(6), generation = generation + 1
        WHERE instance_uuid = ? AND state IN (${nicSources.map(() => '?').join(', ')})`,
      [key, ...nicSources],
    );
    await new Reservations(tx).release(key);
  });
  // Audited after the commit: a transaction rolled back released nothing.
  for (const event of released) audit(event);
  return getInstance(db, key, '');
}
