import { randomUUID } from 'node:crypto';
import type { Param } from '../internal/sql.js';
import type { Demand } from './reservations.js';

/** One single-instance placement of a batch: its demand, the nodes to try in order, its lease. */
export interface BatchItem {
  demand: Demand;
  candidates: readonly string[];
  leaseSeconds: number;
}

/** A prepared batch: the compound statement, its parameters, and the reservation uuid of each item. */
export interface BatchStatement {
  sql: string;
  params: Param[];
  reservationUuids: string[];
}

/**
 * Independent single-instance placements in one transaction and one round
 * trip: the batch's counters change under one commit instead of one per
 * placement, which is what the hot namespace quota row serialises on.
 *
 * The lock order is the single placement's: every item's guarded node UPDATE
 * first (each walking its candidates in order until one fits), then one
 * guarded quota UPDATE per namespace for the sum of what was placed, then
 * the reservation rows. The result is one row: `placed` with a JSON array of
 * each item's node (null: no candidate had room), or `quota` when a
 * namespace's quota refused the sum, in which case nothing was kept and the
 * caller places the items one by one to learn which of them fit.
 */
export function batchStatement(items: readonly BatchItem[]): BatchStatement {
  const params: Param[] = [];
  const reservationUuids = items.map(() => randomUUID());
  const nodeVar = (k: number): string => `n${k}`;
  const parts: string[] = [];
  parts.push('BEGIN NOT ATOMIC');
  parts.push('  DECLARE i INT DEFAULT 0;');
  parts.push('  DECLARE candidates LONGTEXT;');
  parts.push('  DECLARE nm VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;');
  parts.push('  DECLARE quota_ok BOOLEAN DEFAULT TRUE;');
  items.forEach((_, k) => parts.push(`  DECLARE ${nodeVar(k)} VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL;`));
  parts.push('  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;');
  parts.push('  START TRANSACTION;');

  items.forEach(({ demand, candidates }, k) => {
    const { cpus, memoryMib: mem, diskGib: disk } = demand;
    parts.push(`  SET i = 0, candidates = ?;`);
    params.push(JSON.stringify(candidates));
    parts.push(`  WHILE ${nodeVar(k)} IS NULL AND i < JSON_LENGTH(candidates) DO`);
    parts.push(`    SET nm = JSON_UNQUOTE(JSON_EXTRACT(candidates, CONCAT('$[', i, ']')));`);
    parts.push(`    UPDATE scheduler_node_capacity c JOIN nodes n ON n.name = c.node
      SET c.cpus_used = c.cpus_used + ?, c.memory_mib_used = c.memory_mib_used + ?, c.disk_gib_used = c.disk_gib_used + ?, c.generation = c.generation + 1
      WHERE c.node = nm AND n.state = 'created'
        AND c.cpus_used + ? <= c.cpus_limit AND c.memory_mib_used + ? <= c.memory_mib_limit AND c.disk_gib_used + ? <= c.disk_gib_limit;`);
    params.push(cpus, mem, disk, cpus, mem, disk);
    parts.push(`    IF ROW_COUNT() = 1 THEN SET ${nodeVar(k)} = nm; END IF;`);
    parts.push('    SET i = i + 1;');
    parts.push('  END WHILE;');
  });

  const byNamespace = new Map<string, number[]>();
  items.forEach(({ demand }, k) => byNamespace.set(demand.namespace, [...(byNamespace.get(demand.namespace) ?? []), k]));
  for (const [namespace, ks] of byNamespace) {
    const placedSum = (pick: (d: Demand) => number): string => ks.map((k) => `IF(${nodeVar(k)} IS NULL, 0, ${pick((items[k] as BatchItem).demand)})`).join(' + ');
    const cpus = placedSum((d) => d.cpus);
    const mem = placedSum((d) => d.memoryMib);
    const disk = placedSum((d) => d.diskGib);
    const count = placedSum(() => 1);
    parts.push(`  IF ${ks.map((k) => `${nodeVar(k)} IS NOT NULL`).join(' OR ')} THEN`);
    parts.push(`    UPDATE namespace_quotas
      SET cpus_used = cpus_used + (${cpus}), memory_mib_used = memory_mib_used + (${mem}), disk_gib_used = disk_gib_used + (${disk}),
          instances_used = instances_used + (${count}), generation = generation + 1
      WHERE namespace = ?
        AND (cpus_limit IS NULL OR cpus_used + (${cpus}) <= cpus_limit)
        AND (memory_mib_limit IS NULL OR memory_mib_used + (${mem}) <= memory_mib_limit)
        AND (disk_gib_limit IS NULL OR disk_gib_used + (${disk}) <= disk_gib_limit)
        AND (instances_limit IS NULL OR instances_used + (${count}) <= instances_limit);`);
    parts.push('    IF ROW_COUNT() = 0 AND EXISTS (SELECT 1 FROM namespace_quotas WHERE namespace = ?) THEN SET quota_ok = FALSE; END IF;');
    params.push(namespace, namespace);
    parts.push('  END IF;');
  }

  parts.push('  IF quota_ok THEN');
  items.forEach(({ demand, leaseSeconds }, k) => {
    parts.push(`    IF ${nodeVar(k)} IS NOT NULL THEN
      INSERT INTO node_reservations (uuid, instance_uuid, node, namespace, cpus, memory_mib, disk_gib, state, lease_expires)
        VALUES (?, ?, ${nodeVar(k)}, ?, ?, ?, ?, 'reserved', NOW(6) + INTERVAL ? SECOND);
    END IF;`);
    params.push(reservationUuids[k] as string, demand.instanceUuid, demand.namespace, demand.cpus, demand.memoryMib, demand.diskGib, leaseSeconds);
  });
  parts.push('    COMMIT;');
  parts.push(`    SELECT 'placed' AS outcome, JSON_ARRAY(${items.map((_, k) => nodeVar(k)).join(', ')}) AS nodes;`);
  parts.push('  ELSE');
  parts.push('    ROLLBACK;');
  parts.push(`    SELECT 'quota' AS outcome, NULL AS nodes;`);
  parts.push('  END IF;');
  parts.push('END');
  return { sql: parts.join('\n'), params, reservationUuids };
}
