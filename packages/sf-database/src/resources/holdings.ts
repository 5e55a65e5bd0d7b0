import { Allocator, type AuditSink, type PoolCatalog } from '../allocator/allocator.js';
import type { Sql } from '../internal/sql.js';
import { NETWORK_INTERFACE_STATES, allowedSources } from '../internal/states.js';

type AuditEvent = Parameters<AuditSink>[0];

/**
 * Runs fn in one transaction with an allocator whose releases are audited
 * only once the outermost transaction commits (an idempotency-keyed call
 * runs inside one): a transaction rolled back released nothing, and a
 * deadlock retry audits only its last run's releases.
 */
export async function releasingTransaction(db: Sql, catalog: PoolCatalog, audit: AuditSink, fn: (tx: Sql, allocator: Allocator) => Promise<void>): Promise<void> {
  await db.transaction(async (tx) => {
    const released: AuditEvent[] = [];
    await fn(tx, new Allocator(tx, catalog, (event) => released.push(event)));
    tx.afterCommit(() => released.forEach((event) => audit(event)));
  });
}

/**
 * Gives back what an instance's interfaces hold (MACs, addresses), locking
 * their rows; also what the interfaces named in `planned` hold, for those a
 * create allocated for before it wrote their row.
 */
export async function releaseInterfaceAllocations(tx: Sql, allocator: Allocator, instanceUuid: string, planned: readonly string[] = []): Promise<void> {
  const nics = await tx.rows<{ uuid: string }>('SELECT uuid FROM network_interfaces WHERE instance_uuid = ? FOR UPDATE', [instanceUuid]);
  for (const uuid of new Set([...nics.map((nic) => nic.uuid), ...planned])) await allocator.releaseOwner({ type: 'network_interface', uuid });
}

/** Moves every interface of an instance that is not yet deleted to deleted. */
export async function deleteInterfaces(tx: Sql, instanceUuid: string): Promise<void> {
  const sources = allowedSources(NETWORK_INTERFACE_STATES, 'network_interface', 'deleted');
  await tx.exec(
    `UPDATE network_interfaces SET state = 'deleted', state_updated = NOW(6), generation = generation + 1
      WHERE instance_uuid = ? AND state IN (${sources.map(() => '?').join(', ')})`,
    [instanceUuid, ...sources],
  );
}
