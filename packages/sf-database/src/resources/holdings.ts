import type { Allocator } from '../allocator/allocator.js';
import type { Sql } from '../internal/sql.js';
import { placeholders } from '../internal/values.js';
import { NETWORK_INTERFACE_STATES, allowedSources } from '../internal/states.js';

/*
 * What an instance's interfaces hold, given back under the instance's row
 * lock, which the caller takes before any plain read of its transaction.
 * An interface insert checks its instance's row under a shared lock (the
 * foreign key), so while that lock is held no interface of the instance can
 * appear, and the transaction's snapshot holds every one: a plain read finds
 * them all, and rows are then changed by primary key. A locking read or
 * UPDATE by instance_uuid locked that index's gaps too, so another
 * instance's interface create waited for the caller's (long) transaction.
 */

/** The instance's interfaces (canonical uuids). */
export async function interfacesOf(tx: Sql, instanceUuid: string): Promise<string[]> {
  const rows = await tx.rows<{ uuid: string }>('SELECT uuid FROM network_interfaces WHERE instance_uuid = ?', [instanceUuid]);
  return rows.map((nic) => nic.uuid);
}

/**
 * Gives back what the interfaces hold (MACs, addresses); also what the
 * interfaces named in `planned` (canonical uuids) hold, for those a create
 * allocated for before it wrote their row. A planned uuid whose row belongs
 * to another instance is not this instance's to release.
 */
export async function releaseInterfaceAllocations(tx: Sql, allocator: Allocator, interfaces: readonly string[], planned: readonly string[] = []): Promise<void> {
  const owners = new Set(interfaces);
  const asked = [...new Set(planned)].filter((uuid) => !owners.has(uuid));
  if (asked.length > 0) {
    const written = await tx.textRows<{ uuid: string }>(`SELECT uuid FROM network_interfaces WHERE uuid IN (${placeholders(asked.length)})`, asked);
    const elsewhere = new Set(written.map((nic) => nic.uuid));
    for (const uuid of asked) if (!elsewhere.has(uuid)) owners.add(uuid);
  }
  await allocator.releaseOwners([...owners].map((uuid) => ({ type: 'network_interface', uuid })));
}

/** Moves each of the interfaces that is not yet deleted to deleted. */
export async function deleteInterfaces(tx: Sql, interfaces: readonly string[]): Promise<void> {
  if (interfaces.length === 0) return;
  const sources = allowedSources(NETWORK_INTERFACE_STATES, 'network_interface', 'deleted');
  // By primary key, forced: the state condition must not lead MariaDB to range over the state index.
  await tx.textExec(
    `UPDATE network_interfaces FORCE INDEX (PRIMARY) SET state = 'deleted', state_updated = NOW(6), generation = generation + 1
      WHERE uuid IN (${placeholders(interfaces.length)}) AND state IN (${placeholders(sources.length)})`,
    [...interfaces, ...sources],
  );
}
