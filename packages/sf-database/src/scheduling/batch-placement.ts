import { randomUUID } from 'node:crypto';
import { AlreadyExistsError, isSfError, type Logger } from '@sf/common';
import { retryTransient, type Param, type Sql } from '../internal/sql.js';
import { checkDemand, type Demand, type Placement, type Reservations } from './reservations.js';

/** One placement of a PlaceMany call. */
export interface PlacementRequest {
  demands: readonly Demand[];
  candidates: readonly string[];
  leaseSeconds: number;
}

/** A single-instance placement the batch tries on its first choice. */
interface BatchItem {
  demand: Demand;
  firstChoice: string;
  leaseSeconds: number;
}

interface BatchStatement {
  sql: string;
  params: Param[];
  /** Item indexes grouped by their shared first choice, in lock order; the statement answers one flag per group, in this order. */
  groups: Array<{ node: string; items: number[] }>;
  reservationUuids: string[];
}

/** Items per statement, whatever the size of the call. */
const MAX_ITEMS = 64;

const CLAIM_GROUP = `UPDATE scheduler_node_capacity c JOIN nodes n ON n.name = c.node
    SET c.cpus_used = c.cpus_used + ?, c.memory_mib_used = c.memory_mib_used + ?, c.disk_gib_used = c.disk_gib_used + ?, c.generation = c.generation + 1
    WHERE c.node = ? AND n.state = 'created'
      AND c.cpus_used + ? <= c.cpus_limit AND c.memory_mib_used + ? <= c.memory_mib_limit AND c.disk_gib_used + ? <= c.disk_gib_limit`;

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function total(items: readonly BatchItem[], ks: readonly number[]): [number, number, number] {
  return ks.reduce<[number, number, number]>(([c, m, d], k) => {
    const { demand } = items[k] as BatchItem;
    return [c + demand.cpus, m + demand.memoryMib, d + demand.diskGib];
  }, [0, 0, 0]);
}

/**
 * Independent single-instance placements on their first choices, in one
 * transaction and one round trip: the batch's counters change under one
 * commit instead of one per placement, which is what the hot namespace quota
 * row serialises on.
 *
 * Items that share a first choice (concurrent placements planned on one
 * snapshot) claim it together, by one guarded UPDATE for their sum. The lock
 * order is the single placement's: node rows (in name order, so concurrent
 * batches take them in one order), then one guarded quota UPDATE per
 * namespace (in name order) for the sum of what was claimed, then the
 * reservation rows in one INSERT. The result is one row: `placed` with a
 * comma-separated 1 or 0 per group (did it get its node), or `quota` when a
 * namespace's quota refused the sum and nothing was kept.
 */
function batchStatement(items: readonly BatchItem[]): BatchStatement {
  const params: Param[] = [];
  const reservationUuids = items.map(() => randomUUID());
  const byFirst = new Map<string, number[]>();
  items.forEach(({ firstChoice }, k) => byFirst.set(firstChoice, [...(byFirst.get(firstChoice) ?? []), k]));
  const groups = [...byFirst].sort(([a], [b]) => byName(a, b)).map(([node, ks]) => ({ node, items: ks }));
  const flag = (g: number): string => `g${g}`;
  const parts: string[] = ['BEGIN NOT ATOMIC', '  DECLARE quota_ok BOOLEAN DEFAULT TRUE;'];
  groups.forEach((_, g) => parts.push(`  DECLARE ${flag(g)} BOOLEAN DEFAULT FALSE;`));
  parts.push('  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;', '  START TRANSACTION;');

  groups.forEach(({ node, items: ks }, g) => {
    const [cpus, mem, disk] = total(items, ks);
    parts.push(`  ${CLAIM_GROUP};`, `  SET ${flag(g)} = ROW_COUNT() = 1;`);
    params.push(cpus, mem, disk, node, cpus, mem, disk);
  });

  for (const namespace of [...new Set(items.map((item) => item.demand.namespace))].sort(byName)) {
    const mine = groups
      .map(({ items: ks }, g) => ({ g, ks: ks.filter((k) => (items[k] as BatchItem).demand.namespace === namespace) }))
      .filter(({ ks }) => ks.length > 0);
    // The sums of the claimed groups, as parameters: (IF(g0, ?, 0) + IF(g3, ?, 0)) per dimension.
    const claimed = (dimension: number): { sql: string; values: number[] } => ({
      sql: `(${mine.map(({ g }) => `IF(${flag(g)}, ?, 0)`).join(' + ')})`,
      values: mine.map(({ ks }) => (dimension === 3 ? ks.length : (total(items, ks)[dimension] as number))),
    });
    const [cpus, mem, disk, count] = [0, 1, 2, 3].map(claimed) as [ReturnType<typeof claimed>, ReturnType<typeof claimed>, ReturnType<typeof claimed>, ReturnType<typeof claimed>];
    parts.push(`  IF ${mine.map(({ g }) => flag(g)).join(' OR ')} THEN
    UPDATE namespace_quotas
      SET cpus_used = cpus_used + ${cpus.sql}, memory_mib_used = memory_mib_used + ${mem.sql}, disk_gib_used = disk_gib_used + ${disk.sql},
          instances_used = instances_used + ${count.sql}, generation = generation + 1
      WHERE namespace = ?
        AND (cpus_limit IS NULL OR cpus_used + ${cpus.sql} <= cpus_limit)
        AND (memory_mib_limit IS NULL OR memory_mib_used + ${mem.sql} <= memory_mib_limit)
        AND (disk_gib_limit IS NULL OR disk_gib_used + ${disk.sql} <= disk_gib_limit)
        AND (instances_limit IS NULL OR instances_used + ${count.sql} <= instances_limit);
    IF ROW_COUNT() = 0 AND EXISTS (SELECT 1 FROM namespace_quotas WHERE namespace = ?) THEN SET quota_ok = FALSE; END IF;
  END IF;`);
    params.push(...cpus.values, ...mem.values, ...disk.values, ...count.values, namespace);
    params.push(...cpus.values, ...mem.values, ...disk.values, ...count.values, namespace);
  }

  const rows = groups.flatMap(({ node, items: ks }, g) =>
    ks.map((k) => {
      const { demand, leaseSeconds } = items[k] as BatchItem;
      params.push(reservationUuids[k] as string, demand.instanceUuid, node, demand.namespace, demand.cpus, demand.memoryMib, demand.diskGib, leaseSeconds);
      return `SELECT ? AS uuid, ? AS instance_uuid, ? AS node, ? AS namespace, ? AS cpus, ? AS memory_mib, ? AS disk_gib, NOW(6) + INTERVAL ? SECOND AS lease_expires, ${flag(g)} AS claimed`;
    }),
  );
  parts.push(`  IF quota_ok THEN
    INSERT INTO node_reservations (uuid, instance_uuid, node, namespace, cpus, memory_mib, disk_gib, state, lease_expires)
      SELECT uuid, instance_uuid, node, namespace, cpus, memory_mib, disk_gib, 'reserved', lease_expires
        FROM (${rows.join(' UNION ALL ')}) AS batch WHERE claimed;
    COMMIT;
    SELECT 'placed' AS outcome, CONCAT_WS(',', ${groups.map((_, g) => flag(g)).join(', ')}) AS claimed;
  ELSE
    ROLLBACK;
    SELECT 'quota' AS outcome, NULL AS claimed;
  END IF;
END`);
  return { sql: parts.join('\n'), params, groups, reservationUuids };
}

/** Runs one batch statement; the placement of each item it placed, by item index. */
async function placeBatch(db: Sql, items: readonly BatchItem[], log: Logger | undefined): Promise<Map<number, Placement>> {
  const statement = batchStatement(items);
  const placed = new Map<number, Placement>();
  let flags: string[] | undefined;
  try {
    const result = await retryTransient(() => db.textRows<unknown>(statement.sql, statement.params));
    const row = (result.find(Array.isArray) as Array<{ outcome: string; claimed: string | null }> | undefined)?.[0];
    if (row?.outcome === 'placed' && row.claimed !== null) flags = row.claimed.split(',');
    else log?.debug({ items: items.length, outcome: row?.outcome }, 'batch placement refused by a quota; placing one by one');
  } catch (err) {
    // Expected: an instance that already holds a reservation (a retried call), a conflict that outlasted the retries.
    const expected = err instanceof AlreadyExistsError || (isSfError(err) && err.code === 'SF_ERR_UNAVAILABLE_CONFLICT');
    if (expected) log?.debug({ err, items: items.length }, 'batch placement failed; placing one by one');
    else log?.warn({ err, items: items.length }, 'batch placement failed; placing one by one');
  }
  statement.groups.forEach(({ node, items: ks }, g) => {
    if (flags?.[g] !== '1') return;
    for (const k of ks) {
      const { demand } = items[k] as BatchItem;
      placed.set(k, { instanceUuid: demand.instanceUuid, node, reservationUuid: statement.reservationUuids[k] as string });
    }
  });
  return placed;
}

/**
 * Independent placements, each settled on its own (PlaceMany). Plain
 * single-instance ones first try their first choice together (see
 * batchStatement); whatever that does not place (its node had no room for
 * the group, a quota refused the sum, an instance already holds a
 * reservation) is placed one by one, walking its candidates, as is
 * everything else: that gives each its exact answer however full the nodes.
 */
export async function placeEach(db: Sql, reservations: Reservations, requests: readonly PlacementRequest[], log?: Logger): Promise<Array<Placement[] | Error>> {
  const results: Array<Placement[] | Error | undefined> = new Array<Placement[] | Error | undefined>(requests.length);
  const seen = new Set<string>();
  const batch: Array<{ index: number; item: BatchItem }> = [];
  requests.forEach((request, index) => {
    const [demand] = request.demands;
    const firstChoice = request.candidates[0];
    if (request.demands.length !== 1 || demand === undefined || firstChoice === undefined || seen.has(demand.instanceUuid)) return;
    try {
      checkDemand(demand);
    } catch {
      return;
    }
    seen.add(demand.instanceUuid);
    batch.push({ index, item: { demand, firstChoice, leaseSeconds: request.leaseSeconds } });
  });
  for (let start = 0; batch.length > 1 && start < batch.length; start += MAX_ITEMS) {
    const chunk = batch.slice(start, start + MAX_ITEMS);
    for (const [k, placement] of await placeBatch(db, chunk.map((b) => b.item), log)) results[(chunk[k] as (typeof batch)[number]).index] = [placement];
  }
  await Promise.all(
    requests.map(async (request, index) => {
      if (results[index] !== undefined) return;
      results[index] = await reservations.place(request.demands, request.candidates, request.leaseSeconds).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
    }),
  );
  return results as Array<Placement[] | Error>;
}
