import type { Allocator } from '../allocator/allocator.js';
import type { Sql } from '../internal/sql.js';
import { placeholders } from '../internal/values.js';
import { NETWORK_INTERFACE_STATES, allowedSources } from '../internal/states.js';

/**
 * Gives back what an instance's interfaces hold (MACs, addresses), locking
 * their rows; also what the interfaces named in `planned` (canonical uuids)
 * hold, for those a create allocated for before it wrote their row. A
 * planned uuid whose row belongs to another instance is not this
 * instance's to release.
 */
export async function releaseInterfaceAllocations(tx: Sql, allocator: Allocator, instanceUuid: string, planned: readonly string[] = []): Promise<void> {
  const mine = await tx.rows<{ uuid: string }>('SELECT uuid FROM network_interfaces WHERE instance_uuid = ? FOR UPDATE', [instanceUuid]);
  const owners = new Set(mine.map((nic) => nic.uuid));
  const asked = [...new Set(planned)].filter((uuid) => !owners.has(uuid));
  if (asked.length > 0) {
    const written = await tx.textRows<{ uuid: string }>(`SELECT uuid FROM network_interfaces WHERE uuid IN (${placeholders(asked.length)})`, asked);
    const elsewhere = new Set(written.map((nic) => nic.uuid));
    for (const uuid of asked) if (!elsewhere.has(uuid)) owners.add(uuid);
  }
  for (const uuid of owners) await allocator.releaseOwner({ type: 'network_interface', uuid });
}

/** Moves every interface of an instance that is not yet deleted to deleted. */
export async function deleteInterfaces(tx: Sql, instanceUuid: string): Promise<void> {
  const sources = allowedSources(NETWORK_INTERFACE_STATES, 'network_interface', 'deleted');
  await tx.exec(
    `UPDATE network_interfaces SET state = 'deleted', state_updated = NOW(6), generation = generation + 1
      WHERE instance_uuid = ? AND state IN (${placeholders(sources.length)})`,
    [instanceUuid, ...sources],
  );
}
