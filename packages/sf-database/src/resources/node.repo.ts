import type { HeartbeatNodeResponse, ListNodesRequest__Output, Node } from '@sf/proto';
import type { Sql } from '../internal/sql.js';
import { NODE_STATES } from '../internal/states.js';
import { ListQuery, epoch, jsonColumnValue, paged, required, type JsonColumn } from '../internal/values.js';
import { getRow, notFound, transitionState, type ObjectTable } from './object-table.js';

export const NODE_TABLE: ObjectTable = { table: 'nodes', key: 'name', kind: 'node', namespaced: false, machine: NODE_STATES };

interface NodeRow {
  name: string;
  fqdn: string;
  mesh_ip: string;
  roles: JsonColumn;
  cpus: number;
  memory_mib: number;
  disk_gib: number;
  software_version: string;
  last_seen: Date | null;
  state: string;
  state_updated: Date;
  generation: number;
  created: Date;
}

const COLUMNS = 'name, fqdn, mesh_ip, roles, cpus, memory_mib, disk_gib, software_version, last_seen, state, state_updated, generation, created';
const GET_SQL = `SELECT ${COLUMNS} FROM nodes WHERE name = ?`;

function toNode(row: NodeRow): Node {
  return {
    name: row.name,
    fqdn: row.fqdn,
    mesh_ip: row.mesh_ip,
    roles: jsonColumnValue<string[]>(row.roles) ?? [],
    cpus: row.cpus,
    memory_mib: row.memory_mib,
    disk_gib: row.disk_gib,
    software_version: row.software_version,
    last_seen: epoch(row.last_seen),
    state: row.state,
    state_updated: epoch(row.state_updated),
    generation: row.generation,
    created: epoch(row.created),
  };
}

export async function getNode(db: Sql, name: string): Promise<Node> {
  return toNode(await getRow<NodeRow>(db, NODE_TABLE, GET_SQL, required(name, 'name'), ''));
}

/**
 * A node registers at every start: one upsert. A node that was missing,
 * stopped or in error comes back as created; a deleted node stays deleted
 * (an operator removed it on purpose).
 */
export async function registerNode(db: Sql, input: Node): Promise<Node> {
  const name = required(input.name, 'name');
  await db.exec(
    `INSERT INTO nodes (name, fqdn, mesh_ip, roles, cpus, memory_mib, disk_gib, software_version, last_seen, state)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW(6), 'created')
     ON DUPLICATE KEY UPDATE fqdn = VALUES(fqdn), mesh_ip = VALUES(mesh_ip), roles = VALUES(roles), cpus = VALUES(cpus),
       memory_mib = VALUES(memory_mib), disk_gib = VALUES(disk_gib), software_version = VALUES(software_version),
       last_seen = NOW(6), generation = generation + 1,
       state_updated = IF(state IN ('created', 'deleted'), state_updated, NOW(6)),
       state = IF(state = 'deleted', state, 'created')`,
    [
      name,
      required(input.fqdn, 'fqdn'),
      required(input.mesh_ip, 'mesh_ip'),
      JSON.stringify(input.roles ?? []),
      input.cpus ?? 0,
      Number(input.memory_mib ?? 0),
      Number(input.disk_gib ?? 0),
      input.software_version ?? '',
    ],
  );
  return getNode(db, name);
}

export async function heartbeatNode(db: Sql, name: string): Promise<HeartbeatNodeResponse> {
  const key = required(name, 'name');
  const result = await db.exec('UPDATE nodes SET last_seen = NOW(6), generation = generation + 1 WHERE name = ?', [key]);
  if (result.affectedRows === 0) throw notFound(NODE_TABLE, key);
  const rows = await db.rows<{ state: string; generation: number; last_seen: Date }>('SELECT state, generation, last_seen FROM nodes WHERE name = ?', [key]);
  const row = rows[0];
  if (row === undefined) throw notFound(NODE_TABLE, key);
  return { state: row.state, generation: row.generation, last_seen: epoch(row.last_seen) };
}

export async function listNodes(db: Sql, req: ListNodesRequest__Output): Promise<{ nodes: Node[]; next_page_token: string }> {
  const query = new ListQuery().whereIn('state', req.states).whereIf(req.role, 'JSON_CONTAINS(roles, JSON_QUOTE(?))');
  const { sql, params, limit } = query.build(`SELECT ${COLUMNS} FROM nodes`, 'name', req.page);
  const { items, next } = paged(await db.rows<NodeRow>(sql, params), limit, (row) => row.name);
  return { nodes: items.map(toNode), next_page_token: next };
}

export async function transitionNode(db: Sql, name: string, to: string, from: readonly string[]): Promise<Node> {
  await transitionState(db, NODE_TABLE, required(name, 'name'), '', to, from);
  return getNode(db, name);
}
