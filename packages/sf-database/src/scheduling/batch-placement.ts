import { randomUUID } from 'node:crypto';
import type { Param } from '../internal/sql.js';
import type { Demand } from './reservations.js';

/** One single-instance placement of a batch: its demand, the nodes to try in order, its lease. */
export interface BatchItem {
  demand: Demand;
  candidates: readonly string[];
  leaseSeconds: number;
}

/** A prepared batch: the compound statement, its parameters, and what each item would get. */
export interface BatchStatement {
  sql: string;
  params: Param[];
  /** The first choice of each item, in the order of `groups`. */
  groups: Array<{ node: string; items: number[] }>;
  reservationUuids: string[];
}

const CLAIM_GROUP = `UPDATE scheduler_node_capacity c JOIN nodes n ON n.name = c.node
    SET c.cpus_used = c.cpus_used + ?, c.memory_mib_used = c.memory_mib_used + ?, c.disk_gib_used = c.disk_gib_used + ?, c.generation = c.generation + 1
    WHERE c.node = ? AND n.state = 'created'
      AND c.cpus_used + ? <= c.cpus_limit AND c.memory_mib_used + ? <= c.memory_mib_limit AND c.disk_gib_used + ? <= c.disk_gib_limit`;

const sum = (items: readonly BatchItem[], ks: readonly number[], pick: (d: Demand) => number): number => ks.reduce((n, k) => n + pick((items[k] as BatchItem).demand), 0);

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
 * namespace for the sum of what was claimed, then the reservation rows in one
 * INSERT. The result is one row: `placed` with a comma-separated 1 or 0 per
 * group (did it get its node), or `quota` when a namespace's quota refused
 * the sum and nothing was kept. Whatever the batch did not place is placed one by one
 * by the caller, walking each item's candidates, which is exact however full
 * the nodes are.
 */
export function batchStatement(items: readonly BatchItem[]): BatchStatement {
  const params: Param[] = [];
  const reservationUuids = items.map(() => randomUUID());
  const byFirst = new Map<string, number[]>();
  items.forEach(({ candidates }, k) => {
    const first = candidates[0];
    if (first !== undefined) byFirst.set(first, [...(byFirst.get(first) ?? []), k]);
  });
  const groups = [...byFirst].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([node, ks]) => ({ node, items: ks }));
  const flag = (g: number): string => `g${g}`;
  const parts: string[] = ['BEGIN NOT ATOMIC', '  DECLARE quota_ok BOOLEAN DEFAULT TRUE;'];
  groups.forEach((_, g) => parts.push(`  DECLARE ${flag(g)} BOOLEAN DEFAULT FALSE;`));
  parts.push('  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;', '  START TRANSACTION;');

  groups.forEach(({ node, items: ks }, g) => {
    const [cpus, mem, disk] = [sum(items, ks, (d) => d.cpus), sum(items, ks, (d) => d.memoryMib), sum(items, ks, (d) => d.diskGib)];
    parts.push(`  ${CLAIM_GROUP};`, `  SET ${flag(g)} = ROW_COUNT() = 1;`);
    params.push(cpus, mem, disk, node, cpus, mem, disk);
  });

  const namespaces = [...new Set(items.map((item) => item.demand.namespace))];
  for (const namespace of namespaces) {
    const mine = groups
      .map(({ items: ks }, g) => ({ g, ks: ks.filter((k) => (items[k] as BatchItem).demand.namespace === namespace) }))
      .filter(({ ks }) => ks.length > 0);
    const claimed = (pick: (d: Demand) => number): string => mine.map(({ g, ks }) => `IF(${flag(g)}, ${sum(items, ks, pick)}, 0)`).join(' + ');
    const [cpus, mem, disk, count] = [claimed((d) => d.cpus), claimed((d) => d.memoryMib), claimed((d) => d.diskGib), claimed(() => 1)];
    parts.push(`  IF ${mine.map(({ g }) => flag(g)).join(' OR ')} THEN
    UPDATE namespace_quotas
      SET cpus_used = cpus_used + (${cpus}), memory_mib_used = memory_mib_used + (${mem}), disk_gib_used = disk_gib_used + (${disk}),
          instances_used = instances_used + (${count}), generation = generation + 1
      WHERE namespace = ?
        AND (cpus_limit IS NULL OR cpus_used + (${cpus}) <= cpus_limit)
        AND (memory_mib_limit IS NULL OR memory_mib_used + (${mem}) <= memory_mib_limit)
        AND (disk_gib_limit IS NULL OR disk_gib_used + (${disk}) <= disk_gib_limit)
        AND (instances_limit IS NULL OR instances_used + (${count}) <= instances_limit);
    IF ROW_COUNT() = 0 AND EXISTS (SELECT 1 FROM namespace_quotas WHERE namespace = ?) THEN SET quota_ok = FALSE; END IF;
  END IF;`);
    params.push(namespace, namespace);
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
