import { randomUUID } from 'node:crypto';
import { AlreadyExistsError, InsufficientCapacityError, InvalidStateTransitionError, NotFoundError, ValidationError } from '@sf/common';
import { retryTransient, type Sql } from '../internal/sql.js';
import { placeholders } from '../internal/values.js';

/**
 * Placement by reservation (plans-digest section 4): capacity is counters on
 * one row per node, changed only by a guarded single-row UPDATE whose WHERE
 * is the capacity check, so the row decides and nothing over-admits at any
 * isolation level. Lock order is always node counters, then the namespace
 * quota, then the reservation rows.
 */
export interface Demand {
  instanceUuid: string;
  namespace: string;
  cpus: number;
  memoryMib: number;
  diskGib: number;
}

export interface Placement {
  instanceUuid: string;
  node: string;
  reservationUuid: string;
}

/** A reservation a create holds: until leaseExpires, or, when null, until its worker consumes it. */
export interface HeldReservation {
  instanceUuid: string;
  node: string;
  namespace: string;
  leaseExpires: Date | null;
}

export interface Capacity {
  cpus: number;
  memoryMib: number;
  diskGib: number;
}

export interface Drift {
  scope: 'node' | 'namespace';
  key: string;
  before: Capacity;
  after: Capacity;
}

const LIVE_STATES = "('reserved', 'consumed')";

/**
 * The node must still be in service: the scheduler's snapshot may be older than a node's drain or delete.
 * EXISTS rather than a JOIN: MariaDB runs the multi-table UPDATE markedly slower.
 */
const CLAIM_NODE_SQL = `UPDATE scheduler_node_capacity c
  SET c.cpus_used = c.cpus_used + ?, c.memory_mib_used = c.memory_mib_used + ?, c.disk_gib_used = c.disk_gib_used + ?, c.generation = c.generation + 1
  WHERE c.node = ? AND EXISTS (SELECT 1 FROM nodes n WHERE n.name = c.node AND n.state = 'created')
    AND c.cpus_used + ? <= c.cpus_limit AND c.memory_mib_used + ? <= c.memory_mib_limit AND c.disk_gib_used + ? <= c.disk_gib_limit`;

/** The guarded quota UPDATE; parameters: cpus, memory, disk, instances, namespace, then the four again for the guard. */
export const CLAIM_QUOTA_SQL = `UPDATE namespace_quotas
  SET cpus_used = cpus_used + ?, memory_mib_used = memory_mib_used + ?, disk_gib_used = disk_gib_used + ?,
      instances_used = instances_used + ?, generation = generation + 1
  WHERE namespace = ?
    AND (cpus_limit IS NULL OR cpus_used + ? <= cpus_limit)
    AND (memory_mib_limit IS NULL OR memory_mib_used + ? <= memory_mib_limit)
    AND (disk_gib_limit IS NULL OR disk_gib_used + ? <= disk_gib_limit)
    AND (instances_limit IS NULL OR instances_used + ? <= instances_limit)`;

const INSERT_RESERVATION_SQL = `INSERT INTO node_reservations
  (uuid, instance_uuid, node, namespace, cpus, memory_mib, disk_gib, state, lease_expires)
  VALUES (?, ?, ?, ?, ?, ?, ?, 'reserved', NOW(6) + INTERVAL ? SECOND)`;

/**
 * One placement on one node in one round trip: the transaction runs on the
 * server as a compound statement, so the guarded UPDATE, the quota check and
 * the reservation INSERT cost one network exchange instead of five.
 */
const PLACE_ONE_SQL = `BEGIN NOT ATOMIC
  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;
  START TRANSACTION;
  ${CLAIM_NODE_SQL};
  IF ROW_COUNT() = 0 THEN
    ROLLBACK;
    SELECT 'no_room' AS outcome;
  ELSE
    ${CLAIM_QUOTA_SQL};
    IF ROW_COUNT() = 0 AND EXISTS (SELECT 1 FROM namespace_quotas WHERE namespace = ?) THEN
      ROLLBACK;
      SELECT 'quota' AS outcome;
    ELSE
      ${INSERT_RESERVATION_SQL};
      COMMIT;
      SELECT 'placed' AS outcome;
    END IF;
  END IF;
END`;

/** Unsigned columns must not go below zero: a release after drift floors at 0 instead of failing. */
const floorMinus = (column: string): string => `${column} = IF(${column} > ?, ${column} - ?, 0)`;

const RELEASE_NODE_SQL = `UPDATE scheduler_node_capacity
  SET ${floorMinus('cpus_used')}, ${floorMinus('memory_mib_used')}, ${floorMinus('disk_gib_used')}, generation = generation + 1
  WHERE node = ?`;

const RELEASE_QUOTA_SQL = `UPDATE namespace_quotas
  SET ${floorMinus('cpus_used')}, ${floorMinus('memory_mib_used')}, ${floorMinus('disk_gib_used')}, ${floorMinus('instances_used')},
      generation = generation + 1
  WHERE namespace = ?`;

export function checkDemand(demand: Demand): void {
  for (const [field, value] of [['cpus', demand.cpus], ['memory_mib', demand.memoryMib], ['disk_gib', demand.diskGib]] as const) {
    if (!Number.isInteger(value) || value < 0) throw new ValidationError(`${field} must be a whole number >= 0`);
  }
}

function sum(demands: readonly Demand[]): Capacity {
  return demands.reduce((acc, d) => ({ cpus: acc.cpus + d.cpus, memoryMib: acc.memoryMib + d.memoryMib, diskGib: acc.diskGib + d.diskGib }), { cpus: 0, memoryMib: 0, diskGib: 0 });
}

export class Reservations {
  constructor(private readonly db: Sql) {}

  /**
   * Places every demand or none, idempotently (see live()). A single demand
   * tries each candidate in its own transaction, one round trip each (see
   * PLACE_ONE_SQL): under REPEATABLE READ a guarded UPDATE that did not fit
   * still holds its row lock until commit, so one transaction walking many
   * nodes in its own order deadlocks with another walking them in a different
   * order. A batch must hold all its nodes at once: it walks the candidates in
   * one transaction and relies on the deadlock retry. All demands of one call
   * are of one namespace (one quota row).
   */
  async place(demands: readonly Demand[], candidates: readonly string[], leaseSeconds: number): Promise<Placement[]> {
    if (demands.length === 0) throw new ValidationError('nothing to place');
    const namespace = demands[0]?.namespace ?? '';
    for (const demand of demands) {
      checkDemand(demand);
      if (demand.namespace !== namespace) throw new ValidationError('a batch must be of one namespace');
    }
    if (candidates.length === 0) throw new InsufficientCapacityError('no candidate node', { details: { candidates: 0 } });
    try {
      return await this.claim(demands, candidates, leaseSeconds);
    } catch (err) {
      // A retry of a placement that committed finds its own reservations in the way: either as a
      // duplicate, or, when it took the last room or quota, as no room for itself.
      if (!(err instanceof AlreadyExistsError) && !(err instanceof InsufficientCapacityError)) throw err;
      const existing = await this.live(demands);
      if (existing === undefined) throw err;
      return existing;
    }
  }

  private async claim(demands: readonly Demand[], candidates: readonly string[], leaseSeconds: number): Promise<Placement[]> {
    const [only] = demands;
    if (demands.length === 1 && only !== undefined) {
      for (const node of candidates) {
        const placed = await this.placeOne(only, node, leaseSeconds);
        if (placed !== undefined) return [placed];
      }
      throw noRoom(only, candidates.length);
    }
    return this.db.transaction(async (tx) => {
      const nodes: string[] = [];
      for (const demand of demands) {
        const node = await claimNode(tx, demand, candidates);
        if (node === undefined) throw noRoom(demand, candidates.length);
        nodes.push(node);
      }
      return reserve(tx, demands, nodes, leaseSeconds);
    });
  }

  /** One demand on one node (see PLACE_ONE_SQL); undefined when the node had no room. */
  private async placeOne(demand: Demand, node: string, leaseSeconds: number): Promise<Placement | undefined> {
    const { instanceUuid, namespace, cpus, memoryMib: mem, diskGib: disk } = demand;
    const reservationUuid = randomUUID();
    const params = [
      cpus, mem, disk, node, cpus, mem, disk,
      cpus, mem, disk, 1, namespace, cpus, mem, disk, 1,
      namespace,
      reservationUuid, instanceUuid, node, namespace, cpus, mem, disk, leaseSeconds,
    ];
    let result: unknown[];
    try {
      result = await retryTransient(() => this.db.textRows<unknown>(PLACE_ONE_SQL, params));
    } catch (err) {
      if (err instanceof AlreadyExistsError) {
        throw new AlreadyExistsError(`instance ${instanceUuid} already holds a reservation`, { code: 'SF_ERR_ALREADY_EXISTS_RESERVATION' });
      }
      throw err;
    }
    const outcome = (result.find(Array.isArray) as Array<{ outcome: string }> | undefined)?.[0]?.outcome;
    if (outcome === 'placed') return { instanceUuid, node, reservationUuid };
    if (outcome === 'quota') {
      throw new InsufficientCapacityError(`namespace ${namespace} is over its quota`, { code: 'SF_ERR_INSUFFICIENT_CAPACITY_QUOTA', details: { namespace, stage: 'quota' } });
    }
    return undefined;
  }

  /**
   * A placement retried after it committed (the reply was lost) finds every
   * instance already holding its live reservation: that is the answer. Only
   * some of them holding one is a real conflict.
   */
  private async live(demands: readonly Demand[]): Promise<Placement[] | undefined> {
    const uuids = demands.map((d) => d.instanceUuid);
    const rows = await this.db.textRows<{ instance_uuid: string; node: string; uuid: string }>(
      `SELECT instance_uuid, node, uuid FROM node_reservations WHERE live_instance_uuid IN (${placeholders(uuids.length)})`,
      uuids,
    );
    if (rows.length !== demands.length) return undefined;
    const byInstance = new Map(rows.map((row) => [row.instance_uuid, row]));
    return uuids.map((uuid) => {
      const row = byInstance.get(uuid);
      return { instanceUuid: uuid, node: row?.node ?? '', reservationUuid: row?.uuid ?? '' };
    });
  }

  /** The instance's live reservation, if it holds one. */
  async held(instanceUuid: string): Promise<Placement | undefined> {
    const rows = await this.db.rows<{ node: string; uuid: string }>('SELECT node, uuid FROM node_reservations WHERE live_instance_uuid = ?', [instanceUuid]);
    const row = rows[0];
    return row === undefined ? undefined : { instanceUuid, node: row.node, reservationUuid: row.uuid };
  }

  /**
   * The reservations creates hold (state reserved), soonest lease first and
   * those kept for their worker (no lease) last: what an operator asks when
   * capacity seems taken by nothing that runs.
   */
  async listHeld(limit: number): Promise<HeldReservation[]> {
    const max = Math.max(1, Math.floor(limit));
    // Two reads in the (state, lease_expires) index's own order: one sorted by an expression would sort every row.
    const read = (where: string, order: string, n: number) =>
      this.db.rows<{ instance_uuid: string; node: string; namespace: string; lease_expires: Date | null }>(
        `SELECT instance_uuid, node, namespace, lease_expires FROM node_reservations WHERE state = 'reserved' AND ${where} ORDER BY ${order} LIMIT ${n}`,
      );
    const leased = await read('lease_expires IS NOT NULL', 'lease_expires, uuid', max);
    const kept = leased.length < max ? await read('lease_expires IS NULL', 'uuid', max - leased.length) : [];
    return [...leased, ...kept].map((r) => ({ instanceUuid: r.instance_uuid, node: r.node, namespace: r.namespace, leaseExpires: r.lease_expires }));
  }

  /** The instance started building on its node: the reservation no longer lapses. Repeating it is harmless. */
  async consume(instanceUuid: string): Promise<void> {
    const result = await this.db.exec(
      `UPDATE node_reservations SET state = 'consumed', lease_expires = NULL, state_updated = NOW(6), generation = generation + 1
        WHERE live_instance_uuid = ? AND state IN ('reserved', 'consumed')`,
      [instanceUuid],
    );
    if (result.affectedRows === 0) throw new NotFoundError(`instance ${instanceUuid} holds no live reservation`, { code: 'SF_ERR_NOT_FOUND_RESERVATION' });
  }

  /**
   * Extends a `reserved` lease by leaseSeconds from now; null drops the lease,
   * for a creator whose work is queued: the reservation then waits for the
   * worker that consumes it, however long the queue.
   */
  async renew(instanceUuid: string, leaseSeconds: number | null): Promise<void> {
    const result = await this.db.exec(
      `UPDATE node_reservations SET lease_expires = IF(? IS NULL, NULL, NOW(6) + INTERVAL ? SECOND), generation = generation + 1
        WHERE live_instance_uuid = ? AND state = 'reserved'`,
      [leaseSeconds, leaseSeconds, instanceUuid],
    );
    if (result.affectedRows === 0) throw new InvalidStateTransitionError(`instance ${instanceUuid} holds no reservation in state reserved`);
  }

  /**
   * Gives the capacity back, in the transaction that marks the reservation
   * released. Idempotent: false when nothing was live.
   */
  async release(instanceUuid: string): Promise<boolean> {
    return this.db.transaction((tx) => releaseLive(tx, instanceUuid, `state IN ${LIVE_STATES}`));
  }

  /** The reaper: reservations whose creator died before consuming them. */
  async reapExpired(limit = 100): Promise<string[]> {
    const rows = await this.db.rows<{ instance_uuid: string }>(
      `SELECT instance_uuid FROM node_reservations WHERE state = 'reserved' AND lease_expires < NOW(6) LIMIT ${Math.max(1, Math.floor(limit))}`,
    );
    const reaped: string[] = [];
    for (const row of rows) {
      const released = await this.db.transaction((tx) => releaseLive(tx, row.instance_uuid, "state = 'reserved' AND lease_expires < NOW(6)"));
      if (released) reaped.push(row.instance_uuid);
    }
    return reaped;
  }

  /** Sets a node's limits (after overcommit); its use is left to the counters and the reconciler. */
  async setNodeLimits(node: string, limits: Capacity): Promise<void> {
    await this.db.exec(
      `INSERT INTO scheduler_node_capacity (node, cpus_limit, memory_mib_limit, disk_gib_limit) VALUES (?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE cpus_limit = VALUES(cpus_limit), memory_mib_limit = VALUES(memory_mib_limit),
         disk_gib_limit = VALUES(disk_gib_limit), generation = generation + 1`,
      [node, limits.cpus, limits.memoryMib, limits.diskGib],
    );
  }

  /** Sets a namespace's ceilings (null: none); use starts from the live reservations. */
  async setQuota(namespace: string, limits: { cpus: number | null; memoryMib: number | null; diskGib: number | null; instances: number | null }): Promise<void> {
    await this.db.exec(
      `INSERT INTO namespace_quotas (namespace, cpus_limit, memory_mib_limit, disk_gib_limit, instances_limit,
           cpus_used, memory_mib_used, disk_gib_used, instances_used)
         SELECT ?, ?, ?, ?, ?, COALESCE(SUM(cpus), 0), COALESCE(SUM(memory_mib), 0), COALESCE(SUM(disk_gib), 0), COUNT(*)
           FROM node_reservations WHERE namespace = ? AND state IN ${LIVE_STATES}
       ON DUPLICATE KEY UPDATE cpus_limit = VALUES(cpus_limit), memory_mib_limit = VALUES(memory_mib_limit),
         disk_gib_limit = VALUES(disk_gib_limit), instances_limit = VALUES(instances_limit), generation = generation + 1`,
      [namespace, limits.cpus, limits.memoryMib, limits.diskGib, limits.instances, namespace],
    );
  }

  /**
   * Recomputes every counter from the live reservations and corrects drift.
   * Each correction is a compare-and-set on the generation read in the same
   * snapshot, so a placement committed meanwhile is never overwritten.
   */
  async reconcile(): Promise<Drift[]> {
    const drift: Drift[] = [];
    const nodes = await this.db.rows<CounterRow>(
      `SELECT c.node AS k, c.generation, c.cpus_used, c.memory_mib_used, c.disk_gib_used,
              COALESCE(SUM(r.cpus), 0) AS cpus, COALESCE(SUM(r.memory_mib), 0) AS memory_mib, COALESCE(SUM(r.disk_gib), 0) AS disk_gib, COUNT(r.uuid) AS n
         FROM scheduler_node_capacity c LEFT JOIN node_reservations r ON r.node = c.node AND r.state IN ${LIVE_STATES}
        GROUP BY c.node, c.generation, c.cpus_used, c.memory_mib_used, c.disk_gib_used`,
    );
    for (const row of nodes.filter(drifted)) {
      const fixed = await this.db.exec(
        'UPDATE scheduler_node_capacity SET cpus_used = ?, memory_mib_used = ?, disk_gib_used = ?, generation = generation + 1 WHERE node = ? AND generation = ?',
        [Number(row.cpus), Number(row.memory_mib), Number(row.disk_gib), row.k, row.generation],
      );
      if (fixed.affectedRows === 1) drift.push(driftOf('node', row));
    }
    const quotas = await this.db.rows<CounterRow & { instances_used: number }>(
      `SELECT q.namespace AS k, q.generation, q.cpus_used, q.memory_mib_used, q.disk_gib_used, q.instances_used,
              COALESCE(SUM(r.cpus), 0) AS cpus, COALESCE(SUM(r.memory_mib), 0) AS memory_mib, COALESCE(SUM(r.disk_gib), 0) AS disk_gib, COUNT(r.uuid) AS n
         FROM namespace_quotas q LEFT JOIN node_reservations r ON r.namespace = q.namespace AND r.state IN ${LIVE_STATES}
        GROUP BY q.namespace, q.generation, q.cpus_used, q.memory_mib_used, q.disk_gib_used, q.instances_used`,
    );
    for (const row of quotas.filter((q) => drifted(q) || Number(q.instances_used) !== Number(q.n))) {
      const fixed = await this.db.exec(
        `UPDATE namespace_quotas SET cpus_used = ?, memory_mib_used = ?, disk_gib_used = ?, instances_used = ?, generation = generation + 1
          WHERE namespace = ? AND generation = ?`,
        [Number(row.cpus), Number(row.memory_mib), Number(row.disk_gib), Number(row.n), row.k, row.generation],
      );
      if (fixed.affectedRows === 1) drift.push(driftOf('namespace', row));
    }
    return drift;
  }
}

interface CounterRow {
  k: string;
  generation: number;
  cpus_used: number;
  memory_mib_used: number;
  disk_gib_used: number;
  cpus: number;
  memory_mib: number;
  disk_gib: number;
  n: number;
}

function drifted(row: CounterRow): boolean {
  return Number(row.cpus_used) !== Number(row.cpus) || Number(row.memory_mib_used) !== Number(row.memory_mib) || Number(row.disk_gib_used) !== Number(row.disk_gib);
}

function driftOf(scope: Drift['scope'], row: CounterRow): Drift {
  return {
    scope,
    key: row.k,
    before: { cpus: Number(row.cpus_used), memoryMib: Number(row.memory_mib_used), diskGib: Number(row.disk_gib_used) },
    after: { cpus: Number(row.cpus), memoryMib: Number(row.memory_mib), diskGib: Number(row.disk_gib) },
  };
}

/** The first candidate whose guarded UPDATE changed its row, or undefined when none had room. */
async function claimNode(tx: Sql, demand: Demand, candidates: readonly string[]): Promise<string | undefined> {
  const { cpus, memoryMib, diskGib } = demand;
  for (const node of candidates) {
    const result = await tx.exec(CLAIM_NODE_SQL, [cpus, memoryMib, diskGib, node, cpus, memoryMib, diskGib]);
    if (result.affectedRows === 1) return node;
  }
  return undefined;
}

function noRoom(demand: Demand, candidates: number): InsufficientCapacityError {
  return new InsufficientCapacityError(`no candidate node had room for instance ${demand.instanceUuid}: all ${candidates} filled up first`, {
    code: 'SF_ERR_INSUFFICIENT_CAPACITY_NODES',
    details: { candidates, stage: 'claim' },
  });
}

/** After the node counters: the quota, then one reservation row per demand (lock order node, quota, reservation). */
async function reserve(tx: Sql, demands: readonly Demand[], nodes: readonly string[], leaseSeconds: number): Promise<Placement[]> {
  const namespace = demands[0]?.namespace ?? '';
  await claimQuota(tx, namespace, sum(demands), demands.length);
  const placements: Placement[] = [];
  for (const [i, demand] of demands.entries()) {
    const node = nodes[i] ?? '';
    const reservationUuid = randomUUID();
    try {
      await tx.exec(INSERT_RESERVATION_SQL, [reservationUuid, demand.instanceUuid, node, namespace, demand.cpus, demand.memoryMib, demand.diskGib, leaseSeconds]);
    } catch (err) {
      if (err instanceof AlreadyExistsError) {
        throw new AlreadyExistsError(`instance ${demand.instanceUuid} already holds a reservation`, { code: 'SF_ERR_ALREADY_EXISTS_RESERVATION' });
      }
      throw err;
    }
    placements.push({ instanceUuid: demand.instanceUuid, node, reservationUuid });
  }
  return placements;
}

/** A namespace without a quota row has no ceiling and is not counted until one is set. */
async function claimQuota(tx: Sql, namespace: string, total: Capacity, instances: number): Promise<void> {
  const { cpus, memoryMib, diskGib } = total;
  const result = await tx.exec(CLAIM_QUOTA_SQL, [cpus, memoryMib, diskGib, instances, namespace, cpus, memoryMib, diskGib, instances]);
  if (result.affectedRows === 1) return;
  const quota = await tx.rows<{ namespace: string }>('SELECT namespace FROM namespace_quotas WHERE namespace = ?', [namespace]);
  if (quota.length > 0) {
    throw new InsufficientCapacityError(`namespace ${namespace} is over its quota`, { code: 'SF_ERR_INSUFFICIENT_CAPACITY_QUOTA', details: { namespace, stage: 'quota' } });
  }
}

/**
 * Releases the instance's live reservation while it is in the state `from`
 * names, in the lock order of placement (node counters, quota,
 * reservation). A plain read finds the reservation (its node and namespace
 * never change); one statement then locks the node's counters, the quota
 * and the reservation, in that order (a UNION runs its parts in turn), and
 * checks the reservation's state again under its lock, so of two releases
 * of one reservation only the first gives its capacity back. Locking the
 * reservation first deadlocked with a retried placement of the instance,
 * which holds the node and the quota when its INSERT meets the
 * reservation. A reservation placed after the transaction's snapshot is
 * not seen: the reaper releases it once its lease lapses.
 */
async function releaseLive(tx: Sql, instanceUuid: string, from: string): Promise<boolean> {
  const rows = await tx.rows<{ uuid: string; node: string; namespace: string; cpus: number; memory_mib: number; disk_gib: number }>(
    `SELECT uuid, node, namespace, cpus, memory_mib, disk_gib FROM node_reservations WHERE live_instance_uuid = ? AND ${from}`,
    [instanceUuid],
  );
  const row = rows[0];
  if (row === undefined) return false;
  // The reservation by primary key, forced: its state condition must not lead MariaDB to range over (state, lease_expires).
  const locked = await tx.rows<{ locked: string }>(
    `(SELECT 'node' AS locked FROM scheduler_node_capacity WHERE node = ? FOR UPDATE)
     UNION ALL (SELECT 'quota' FROM namespace_quotas WHERE namespace = ? FOR UPDATE)
     UNION ALL (SELECT 'reservation' FROM node_reservations FORCE INDEX (PRIMARY) WHERE uuid = ? AND ${from} FOR UPDATE)`,
    [row.node, row.namespace, row.uuid],
  );
  if (!locked.some((l) => l.locked === 'reservation')) return false;
  const { cpus, memory_mib: mem, disk_gib: disk } = row;
  await tx.exec(RELEASE_NODE_SQL, [cpus, cpus, mem, mem, disk, disk, row.node]);
  await tx.exec(RELEASE_QUOTA_SQL, [cpus, cpus, mem, mem, disk, disk, 1, 1, row.namespace]);
  await tx.exec(
    `UPDATE node_reservations SET state = 'released', lease_expires = NULL, state_updated = NOW(6), generation = generation + 1
      WHERE uuid = ? AND state IN ${LIVE_STATES}`,
    [row.uuid],
  );
  return true;
}
