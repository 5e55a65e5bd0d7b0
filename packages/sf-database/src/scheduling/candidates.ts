import type { NodeCandidate } from '@sf/proto';
import type { Sql } from '../internal/sql.js';

interface CandidateRow {
  name: string;
  state: string;
  last_seen: Date | null;
  cpus_limit: number;
  cpus_used: number;
  memory_mib_limit: number;
  memory_mib_used: number;
  disk_gib_limit: number;
  disk_gib_used: number;
}

/**
 * The scheduler's snapshot: every node with capacity counters, plus the tags
 * of the namespace's live instances per node (for affinity). Two indexed
 * reads; the claim that follows re-checks everything in its guarded UPDATE.
 */
export async function listCandidates(db: Sql, namespace: string): Promise<NodeCandidate[]> {
  const rows = await db.rows<CandidateRow>(
    `SELECT n.name, n.state, n.last_seen, c.cpus_limit, c.cpus_used, c.memory_mib_limit, c.memory_mib_used, c.disk_gib_limit, c.disk_gib_used
       FROM nodes n JOIN scheduler_node_capacity c ON c.node = n.name`,
  );
  const tags = new Map<string, string[]>();
  if (namespace !== '') {
    const tagged = await db.rows<{ node: string; tags: string | string[] }>(
      `SELECT node, tags FROM instances
        WHERE namespace = ? AND node IS NOT NULL AND state NOT IN ('deleted', 'error') AND JSON_LENGTH(tags) > 0`,
      [namespace],
    );
    for (const row of tagged) {
      const list = typeof row.tags === 'string' ? (JSON.parse(row.tags) as string[]) : row.tags;
      tags.set(row.node, [...(tags.get(row.node) ?? []), ...list]);
    }
  }
  return rows.map((row) => ({
    name: row.name,
    state: row.state,
    last_seen: row.last_seen === null ? 0 : row.last_seen.getTime() / 1000,
    limits: { cpus: row.cpus_limit, memory_mib: Number(row.memory_mib_limit), disk_gib: Number(row.disk_gib_limit) },
    used: { cpus: row.cpus_used, memory_mib: Number(row.memory_mib_used), disk_gib: Number(row.disk_gib_used) },
    tags: tags.get(row.name) ?? [],
  }));
}
