import { InvalidStateTransitionError, NotFoundError, ValidationError } from '@sf/common';
import type { ListNamespacesRequest__Output, Namespace } from '@sf/proto';
import type { Sql } from '../internal/sql.js';
import { NAMESPACE_STATES, NAMESPACE_START_STATES, checkStartState } from '../internal/states.js';
import { ListQuery, epoch, paged, required } from '../internal/values.js';
import { whereMaintenance } from './list-filters.js';
import { getRow, lockedState, requireLive, transitionState, type ObjectTable } from './object-table.js';

export const NAMESPACE_TABLE: ObjectTable = { table: 'namespaces', key: 'name', kind: 'namespace', namespaced: false, machine: NAMESPACE_STATES };

interface NamespaceRow {
  name: string;
  state: string;
  state_updated: Date;
  generation: number;
  created: Date;
}

const COLUMNS = 'name, state, state_updated, generation, created';
const GET_SQL = `SELECT ${COLUMNS} FROM namespaces WHERE name = ?`;
const NAME = /^[A-Za-z0-9_.-]{1,255}$/;

function toNamespace(row: NamespaceRow): Namespace {
  return { name: row.name, state: row.state, state_updated: epoch(row.state_updated), generation: row.generation, created: epoch(row.created) };
}

export async function getNamespace(db: Sql, name: string): Promise<Namespace> {
  return toNamespace(await getRow<NamespaceRow>(db, NAMESPACE_TABLE, GET_SQL, required(name, 'name'), ''));
}

export async function createNamespace(db: Sql, input: Namespace): Promise<Namespace> {
  const name = required(input.name, 'name');
  if (!NAME.test(name)) throw new ValidationError(`namespace name "${name}" may only hold letters, digits, '.', '_' and '-'`);
  const state = checkStartState(NAMESPACE_START_STATES, 'namespace', input.state ?? '');
  await db.exec('INSERT INTO namespaces (name, state) VALUES (?, ?)', [name, state]);
  return getNamespace(db, name);
}

export async function listNamespaces(db: Sql, req: ListNamespacesRequest__Output): Promise<{ namespaces: Namespace[]; next_page_token: string }> {
  const query = whereMaintenance(new ListQuery().whereIn('state', req.states), NAMESPACE_TABLE, req);
  const { sql, params, limit } = query.build(`SELECT ${COLUMNS} FROM namespaces`, 'name', req.page);
  const { items, next } = paged(await db.rows<NamespaceRow>(sql, params), limit, (row) => row.name);
  return { namespaces: items.map(toNamespace), next_page_token: next };
}

export async function transitionNamespace(db: Sql, name: string, to: string, from: readonly string[]): Promise<Namespace> {
  await transitionState(db, NAMESPACE_TABLE, required(name, 'name'), '', to, from);
  return getNamespace(db, name);
}

const namespaceDeleted = (name: string): NotFoundError => new NotFoundError(`namespace ${name} is deleted`, { code: 'SF_ERR_NOT_FOUND_NAMESPACE' });

/** Under a shared lock until the caller's transaction ends: what a namespace holds is only written while it is created. */
export async function requireLiveNamespace(tx: Sql, name: string): Promise<void> {
  await requireLive(tx, NAMESPACE_TABLE, required(name, 'namespace'), ['created'], () => namespaceDeleted(name));
}

/**
 * As requireLiveNamespace, under the exclusive lock: for a write that first
 * counts what the namespace holds, so writers racing for its last place
 * count one after the other.
 */
export async function lockLiveNamespace(tx: Sql, name: string): Promise<void> {
  if ((await lockedState(tx, NAMESPACE_TABLE, required(name, 'namespace'), '')) !== 'created') throw namespaceDeleted(name);
}

/**
 * Deleted with its keys (a live key is how authentication knows its
 * namespace is live), decided under the row lock that creates of instances,
 * networks and keys take shared: none lands beside or after the delete.
 * Instances in error do not hold a namespace (API.md section 4).
 */
export async function retireNamespace(db: Sql, name: string): Promise<Namespace> {
  const key = required(name, 'name');
  return db.transaction(async (tx) => {
    if ((await lockedState(tx, NAMESPACE_TABLE, key, '')) === 'deleted') return getNamespace(tx, key);
    const [counts] = await tx.rows<{ instances: number; networks: number }>(
      `SELECT (SELECT COUNT(*) FROM instances WHERE namespace = ? AND state NOT IN ('deleted', 'error')) AS instances,
              (SELECT COUNT(*) FROM networks WHERE namespace = ? AND state IN ('initial', 'created')) AS networks`,
      [key, key],
    );
    const held = [...(Number(counts?.instances) > 0 ? ['instances'] : []), ...(Number(counts?.networks) > 0 ? ['networks'] : [])];
    if (held.length > 0) {
      throw new InvalidStateTransitionError(`namespace ${key} still holds ${held.join(', ')}`, { code: 'SF_ERR_INVALID_STATE_HELD', details: { current_state: 'created', held } });
    }
    await tx.exec('DELETE FROM namespace_keys WHERE namespace = ?', [key]);
    return transitionNamespace(tx, key, 'deleted', ['created']);
  });
}
