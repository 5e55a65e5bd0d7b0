import { InvalidStateTransitionError } from '@sf/common';
import type { Param, Sql } from '../internal/sql.js';
import { canonicalUuid, placeholders, required } from '../internal/values.js';
import { INSTANCE_TABLE } from './instance.repo.js';
import { NAMESPACE_TABLE } from './namespace.repo.js';
import { NETWORK_INTERFACE_TABLE } from './network-interface.repo.js';
import { NETWORK_TABLE } from './network.repo.js';
import { lockedState, requireStateAge, type ObjectTable } from './object-table.js';

/** One thing that still ties a deleted object to the live system, named for the refusal. */
type Hold = string;

/**
 * The object is locked, deleted and has been for at least minAgeSeconds by
 * the database's clock (API.md's CLEANER_DELAY: a client polls a deleted
 * instance until it reads `deleted`, so the row must outlive the delete).
 */
async function lockDeleted(tx: Sql, t: ObjectTable, key: string, namespace: string, minAgeSeconds: number): Promise<void> {
  const state = await lockedState(tx, t, key, namespace);
  if (state !== 'deleted') {
    throw new InvalidStateTransitionError(`${t.kind} ${key} is ${state}; only a deleted ${t.kind} can be purged`, { details: { current_state: state } });
  }
  await requireStateAge(tx, t, key, state, minAgeSeconds);
}

function refuseHeld(t: ObjectTable, key: string, held: Hold[]): void {
  if (held.length === 0) return;
  throw new InvalidStateTransitionError(`${t.kind} ${key} still holds ${held.join(', ')}`, { code: 'SF_ERR_INVALID_STATE_HELD', details: { current_state: 'deleted', held } });
}

/** Allocations (addresses, MACs, VNIs) the owners still hold, as `pool value` strings. */
async function allocationsOf(tx: Sql, owners: ReadonlyArray<{ type: string; uuid: string }>): Promise<Hold[]> {
  if (owners.length === 0) return [];
  const rows = await tx.textRows<{ pool_name: string; value: string }>(
    `SELECT pool_name, value FROM resource_pool_allocations WHERE (owner_type, owner_uuid) IN (${placeholders(owners.length, '(?, ?)')})`,
    owners.flatMap((o) => [o.type, o.uuid]),
  );
  return rows.map((r) => `allocation ${r.pool_name} ${r.value}`);
}

/** Work still queued or running for any of the objects: their worker has not finished with them. */
async function pendingWork(tx: Sql, objectType: string, uuids: readonly string[]): Promise<Hold[]> {
  if (uuids.length === 0) return [];
  const rows = await tx.textRows<{ uuid: string }>(
    `SELECT DISTINCT o.uuid FROM cluster_operation_targets t JOIN cluster_operations o ON o.uuid = t.operation_uuid
      WHERE t.object_type = ? AND t.object_uuid IN (${placeholders(uuids.length)}) AND o.state IN ('queued', 'claimed')`,
    [objectType, ...uuids],
  );
  return rows.map((r) => `operation ${r.uuid}`);
}

/**
 * What a purged object leaves besides its row: its metadata, and its part
 * in finished operations (nothing unfinished is left, or it was held).
 * The operation targets go too because "was work ever queued" guards read
 * them: a keyed create retried after the purge makes the same uuid again
 * and must not find the old object's work.
 */
async function deleteTraces(tx: Sql, objectType: string, refs: readonly string[]): Promise<void> {
  if (refs.length === 0) return;
  const list = placeholders(refs.length);
  await tx.exec(`DELETE FROM object_metadata WHERE object_type = ? AND object_ref IN (${list})`, [objectType, ...refs]);
  await tx.exec(`DELETE FROM cluster_operation_targets WHERE object_type = ? AND object_uuid IN (${list})`, [objectType, ...refs]);
}

/**
 * Purges an instance deleted at least minAgeSeconds ago, with its
 * interfaces, the metadata of both and its released reservations, in one
 * transaction. Refused while it holds anything (a live reservation, an
 * interface not deleted, an allocation of its interfaces, unfinished
 * work): purging then would orphan what it holds. Its events stay until
 * their own age limit.
 */
export async function purgeInstance(db: Sql, uuid: string, namespace: string, minAgeSeconds: number): Promise<void> {
  const key = canonicalUuid(uuid);
  await db.transaction(async (tx) => {
    await lockDeleted(tx, INSTANCE_TABLE, key, namespace, minAgeSeconds);
    // A plain read, and the DELETE below by primary key: no interface can be added under the instance's lock
    // (see holdings.ts), and a deleted one stays deleted. Only the instance's own DELETE, last, locks the
    // interface index around it: the foreign key's check does, until the commit that follows.
    const nics = await tx.rows<{ uuid: string; state: string }>('SELECT uuid, state FROM network_interfaces WHERE instance_uuid = ?', [key]);
    const nicUuids = nics.map((n) => n.uuid);
    const live = await tx.rows<{ uuid: string }>('SELECT uuid FROM node_reservations WHERE live_instance_uuid = ?', [key]);
    refuseHeld(INSTANCE_TABLE, key, [
      ...live.map((r) => `reservation ${r.uuid}`),
      ...nics.filter((n) => n.state !== 'deleted').map((n) => `interface ${n.uuid} (${n.state})`),
      ...(await allocationsOf(tx, [{ type: 'instance', uuid: key }, ...nicUuids.map((u) => ({ type: NETWORK_INTERFACE_TABLE.kind, uuid: u }))])),
      ...(await pendingWork(tx, INSTANCE_TABLE.kind, [key])),
      ...(await pendingWork(tx, NETWORK_INTERFACE_TABLE.kind, nicUuids)),
    ]);
    await deleteTraces(tx, NETWORK_INTERFACE_TABLE.kind, nicUuids);
    if (nicUuids.length > 0) await tx.textExec(`DELETE FROM network_interfaces WHERE uuid IN (${placeholders(nicUuids.length)})`, nicUuids);
    await deleteTraces(tx, INSTANCE_TABLE.kind, [key]);
    // Released only: one placed for this uuid since the check above is a live create's, which the reaper settles.
    await tx.exec("DELETE FROM node_reservations WHERE instance_uuid = ? AND state = 'released'", [key]);
    await tx.exec('DELETE FROM instances WHERE uuid = ?', [key]);
  });
}

/**
 * Purges a network deleted at least minAgeSeconds ago, with its metadata.
 * Refused while its VNI is not yet given back (the network worker frees it
 * after its teardown), while it holds allocations or has unfinished work,
 * and while interface rows still name it (their instances are purged
 * first).
 */
export async function purgeNetwork(db: Sql, uuid: string, namespace: string, minAgeSeconds: number): Promise<void> {
  const key = canonicalUuid(uuid);
  await db.transaction(async (tx) => {
    await lockDeleted(tx, NETWORK_TABLE, key, namespace, minAgeSeconds);
    const [row] = await tx.rows<{ vxid: number | null }>('SELECT vxid FROM networks WHERE uuid = ?', [key]);
    const nics = await tx.rows<{ n: number }>('SELECT COUNT(*) AS n FROM network_interfaces WHERE network_uuid = ?', [key]);
    const nicCount = Number(nics[0]?.n ?? 0);
    refuseHeld(NETWORK_TABLE, key, [
      ...(row?.vxid === null || row?.vxid === undefined ? [] : [`vni ${row.vxid}`]),
      ...(nicCount > 0 ? [`${nicCount} interface row(s)`] : []),
      ...(await allocationsOf(tx, [{ type: NETWORK_TABLE.kind, uuid: key }])),
      ...(await pendingWork(tx, NETWORK_TABLE.kind, [key])),
    ]);
    await deleteTraces(tx, NETWORK_TABLE.kind, [key]);
    await tx.exec('DELETE FROM networks WHERE uuid = ?', [key]);
  });
}

/** Tables whose rows name their namespace; a namespace is purged only after all of them. */
const NAMESPACED = ['instances', 'networks', 'network_interfaces', 'node_reservations', 'artifacts'] as const;

/**
 * Purges a namespace deleted at least minAgeSeconds ago (its keys, trusts
 * and quotas go with it, and the idempotent replies stored for it), which
 * frees its name: Shaken Fist refuses a deleted name until then. Refused
 * while any object still names it.
 */
export async function purgeNamespace(db: Sql, name: string, minAgeSeconds: number): Promise<void> {
  const key = required(name, 'name');
  await db.transaction(async (tx) => {
    await lockDeleted(tx, NAMESPACE_TABLE, key, '', minAgeSeconds);
    const counts = await tx.rows<Record<string, number>>(
      `SELECT ${NAMESPACED.map((table) => `(SELECT COUNT(*) FROM ${table} WHERE namespace = ?) AS ${table}`).join(', ')}`,
      NAMESPACED.map((): Param => key),
    );
    const held = NAMESPACED.flatMap((table) => {
      const n = Number(counts[0]?.[table] ?? 0);
      return n > 0 ? [`${n} ${table} row(s)`] : [];
    });
    refuseHeld(NAMESPACE_TABLE, key, held);
    await deleteTraces(tx, NAMESPACE_TABLE.kind, [key]);
    // A namespace made again under this name must not be answered with the old one's stored replies.
    await tx.exec('DELETE FROM api_requests WHERE namespace = ?', [key]);
    await tx.exec('DELETE FROM namespaces WHERE name = ?', [key]);
  });
}
