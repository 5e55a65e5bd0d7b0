import { InvalidStateTransitionError, NotFoundError } from '@sf/common';
import type { Param, Sql } from '../internal/sql.js';
import { allowedSources, type StateMachine } from '../internal/states.js';
import { canonicalUuid, placeholders } from '../internal/values.js';

/** What the shared guarded statements need to know about an object table. */
export interface ObjectTable {
  table: string;
  /** The primary key column: uuid, or name for namespaces and nodes. */
  key: string;
  /** Singular name used in messages and error codes, e.g. `instance`. */
  kind: string;
  namespaced: boolean;
  machine: StateMachine;
}

/** Extra `SET` assignments for a statement, with their parameters. */
export interface Assignments {
  sql: string[];
  params: Param[];
}

export function notFound(t: ObjectTable, key: string): NotFoundError {
  return new NotFoundError(`${t.kind} ${key} not found`, { code: `SF_ERR_NOT_FOUND_${t.kind.toUpperCase()}` });
}

function keyClause(t: ObjectTable, key: string, namespace: string): { sql: string; params: Param[] } {
  if (t.namespaced && namespace !== '') return { sql: `${t.key} = ? AND namespace = ?`, params: [key, namespace] };
  return { sql: `${t.key} = ?`, params: [key] };
}

/** The state of an object the caller may see; another namespace's object is not found (tenants are hidden). */
export async function currentState(db: Sql, t: ObjectTable, key: string, namespace: string): Promise<string> {
  const where = keyClause(t, key, namespace);
  const rows = await db.rows<{ state: string }>(`SELECT state FROM ${t.table} WHERE ${where.sql}`, where.params);
  const row = rows[0];
  if (row === undefined) throw notFound(t, key);
  return row.state;
}

/** As currentState, holding the row's lock until the caller's transaction ends. */
export async function lockedState(tx: Sql, t: ObjectTable, key: string, namespace: string): Promise<string> {
  const where = keyClause(t, key, namespace);
  const rows = await tx.rows<{ state: string }>(`SELECT state FROM ${t.table} WHERE ${where.sql} FOR UPDATE`, where.params);
  const row = rows[0];
  if (row === undefined) throw notFound(t, key);
  return row.state;
}

/**
 * Refused (SF_ERR_INVALID_STATE_RECENT) unless the object's state last
 * changed at least minAgeSeconds ago by the database's clock: a caller may
 * judge an object's age by its own clock only to spare calls. Run it with
 * the row locked, so the state it measures cannot change meanwhile.
 */
export async function requireStateAge(tx: Sql, t: ObjectTable, key: string, state: string, minAgeSeconds: number): Promise<void> {
  if (minAgeSeconds <= 0) return;
  const recent = await tx.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t.table} WHERE ${t.key} = ? AND state_updated > NOW(6) - INTERVAL ? SECOND`, [key, minAgeSeconds]);
  if (Number(recent[0]?.n ?? 0) > 0) {
    throw new InvalidStateTransitionError(`${t.kind} ${key} has been ${state} for less than ${minAgeSeconds} s`, { code: 'SF_ERR_INVALID_STATE_RECENT', details: { current_state: state } });
  }
}

/**
 * For a write of a row that belongs to this object (an instance in its
 * namespace, an interface on its network): the object's state, under a
 * shared lock held until the caller's transaction ends, refused unless it is
 * one of live. A retire of the object takes the row's exclusive lock, so it
 * waits for the dependent write to commit and then sees it, or commits first
 * and the write is refused: nothing is added to an object being retired.
 */
export async function requireLive(tx: Sql, t: ObjectTable, key: string, live: readonly string[], refuse: (state: string) => Error): Promise<void> {
  const rows = await tx.rows<{ state: string }>(`SELECT state FROM ${t.table} WHERE ${t.key} = ? LOCK IN SHARE MODE`, [key]);
  const row = rows[0];
  if (row === undefined) throw notFound(t, key);
  if (!live.includes(row.state)) throw refuse(row.state);
}

/** A check run under the object's row lock, in the transition's own transaction; it throws to refuse. */
export type TransitionGuard = (tx: Sql) => Promise<void>;

/**
 * One conditional UPDATE: two actors racing for the same transition cannot
 * both win, because the second finds the state already changed. When no row
 * changes, a read tells "not found" from "wrong state" for the error. With
 * a guard, the row is locked first and the guard runs in the same
 * transaction, so whatever else takes that lock sees the guard's answer hold.
 */
export async function transitionState(
  db: Sql,
  t: ObjectTable,
  key: string,
  namespace: string,
  to: string,
  narrowTo: readonly string[],
  extra: Assignments = { sql: [], params: [] },
  guard?: TransitionGuard,
): Promise<void> {
  if (guard !== undefined) {
    await db.transaction(async (tx) => {
      await lockedState(tx, t, key, namespace);
      await guard(tx);
      await transitionState(tx, t, key, namespace, to, narrowTo, extra);
    });
    return;
  }
  const sources = allowedSources(t.machine, t.kind, to, narrowTo);
  const where = keyClause(t, key, namespace);
  const sets = ['state = ?', 'state_updated = NOW(6)', 'generation = generation + 1', ...extra.sql];
  const result = await db.exec(
    `UPDATE ${t.table} SET ${sets.join(', ')} WHERE ${where.sql} AND state IN (${placeholders(sources.length)})`,
    [to, ...extra.params, ...where.params, ...sources],
  );
  if (result.affectedRows > 0) return;
  const current = await currentState(db, t, key, namespace);
  throw new InvalidStateTransitionError(`${t.kind} ${key} is ${current}; it cannot move to ${to}`, {
    details: { current_state: current, to_state: to },
  });
}

/** A transition as its RPC asks for it; instances and networks alike. */
export interface TransitionAsked {
  uuid: string;
  namespace: string;
  to_state: string;
  from_states: readonly string[];
  error_message: string;
}

/** Moves the object to the state asked, with the error message when one is given; answers its canonical key. */
export async function transitionAsked(db: Sql, t: ObjectTable, req: TransitionAsked, guard?: TransitionGuard): Promise<string> {
  const key = canonicalUuid(req.uuid);
  const extra = assignments([['error_message', req.error_message === '' ? undefined : req.error_message]]);
  await transitionState(db, t, key, req.namespace, req.to_state, req.from_states, extra, guard);
  return key;
}

/**
 * Sets the given columns and bumps the generation; with an expected
 * generation it is an optimistic update that fails when someone wrote first.
 */
export async function updateColumns(db: Sql, t: ObjectTable, key: string, namespace: string, expectedGeneration: number, set: Assignments): Promise<void> {
  const where = keyClause(t, key, namespace);
  const params = [...set.params, ...where.params];
  let sql = `UPDATE ${t.table} SET ${[...set.sql, 'generation = generation + 1'].join(', ')} WHERE ${where.sql}`;
  if (expectedGeneration > 0) {
    sql += ' AND generation = ?';
    params.push(expectedGeneration);
  }
  const result = await db.exec(sql, params);
  if (result.affectedRows > 0) return;
  await currentState(db, t, key, namespace);
  throw new InvalidStateTransitionError(`${t.kind} ${key} changed since generation ${expectedGeneration}; read it again`, {
    code: 'SF_ERR_INVALID_STATE_GENERATION',
    details: { expected_generation: expectedGeneration },
  });
}

/** Purges an object already in state deleted, with its metadata. */
export async function purgeDeleted(db: Sql, t: ObjectTable, key: string, namespace: string): Promise<void> {
  await db.transaction(async (tx) => {
    const where = keyClause(t, key, namespace);
    const result = await tx.exec(`DELETE FROM ${t.table} WHERE ${where.sql} AND state = 'deleted'`, where.params);
    if (result.affectedRows === 0) {
      const current = await currentState(tx, t, key, namespace);
      throw new InvalidStateTransitionError(`${t.kind} ${key} is ${current}; only a deleted ${t.kind} can be purged`, {
        details: { current_state: current },
      });
    }
    await tx.exec('DELETE FROM object_metadata WHERE object_type = ? AND object_ref = ?', [t.kind, key]);
  });
}

/**
 * Reads one row by key with one prepared statement whatever the caller's
 * namespace; another namespace's row is reported as not found.
 */
export async function getRow<R extends object>(db: Sql, t: ObjectTable, selectByKey: string, key: string, namespace: string): Promise<R> {
  const rows = await db.rows<R>(selectByKey, [key]);
  const row = rows[0];
  if (row === undefined || (t.namespaced && namespace !== '' && (row as { namespace?: string }).namespace !== namespace)) throw notFound(t, key);
  return row;
}

/** Builds the SET list of an update from the optional fields present on the request. */
export function assignments(fields: ReadonlyArray<readonly [column: string, value: Param | undefined]>): Assignments {
  const out: Assignments = { sql: [], params: [] };
  for (const [column, value] of fields) {
    if (value === undefined) continue;
    out.sql.push(`${column} = ?`);
    out.params.push(value);
  }
  return out;
}
