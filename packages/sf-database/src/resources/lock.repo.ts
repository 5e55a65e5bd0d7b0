import { setTimeout as sleep } from 'node:timers/promises';
import { ValidationError } from '@sf/common';
import type { Lock, LockResponse } from '@sf/proto';
import type { Sql } from '../internal/sql.js';
import { epoch, required } from '../internal/values.js';

/** Shaken Fist's lease: 60 s by default, refreshed every 20 s by the holder. */
export const DEFAULT_LEASE_SECONDS = 60;
const MAX_LEASE_SECONDS = 3600;

interface LockRow {
  name: string;
  holder: string;
  acquired_at: Date;
  expires_at: Date;
  generation: number;
}

function leaseSeconds(asked: number): number {
  if (asked === 0) return DEFAULT_LEASE_SECONDS;
  if (!Number.isInteger(asked) || asked < 1 || asked > MAX_LEASE_SECONDS) throw new ValidationError(`lease_seconds must be 1..${MAX_LEASE_SECONDS}`);
  return asked;
}

const toLock = (row: LockRow): Lock => ({ name: row.name, holder: row.holder, acquired_at: epoch(row.acquired_at), expires_at: epoch(row.expires_at), generation: row.generation });

async function read(db: Sql, name: string, holder: string): Promise<LockResponse> {
  const rows = await db.rows<LockRow>('SELECT name, holder, acquired_at, expires_at, generation FROM cluster_locks WHERE name = ?', [name]);
  const row = rows[0];
  if (row === undefined) return { ok: false };
  return { ok: holder !== '' && row.holder === holder, lock: toLock(row) };
}

/**
 * One INSERT ... ON DUPLICATE KEY UPDATE that takes a free lock, renews our
 * own, or steals an expired one; then a primary-key read says who holds it.
 * Expiry uses the database clock, so skew between nodes cannot cause steals.
 * `holder` is assigned first: later assignments then see the new holder,
 * which keeps every condition consistent with the first one.
 */
export async function acquireLock(db: Sql, name: string, holder: string, lease: number): Promise<LockResponse> {
  const lockName = required(name, 'name');
  const me = required(holder, 'holder');
  const seconds = leaseSeconds(lease);
  const take = '(expires_at < NOW(6) OR holder = VALUES(holder))';
  for (let attempt = 0; ; attempt += 1) {
    try {
      await db.exec(
        `INSERT INTO cluster_locks (name, holder, acquired_at, expires_at) VALUES (?, ?, NOW(6), NOW(6) + INTERVAL ? SECOND)
         ON DUPLICATE KEY UPDATE
           acquired_at = IF(expires_at < NOW(6) AND holder <> VALUES(holder), NOW(6), acquired_at),
           holder = IF(${take}, VALUES(holder), holder),
           generation = IF(${take}, generation + 1, generation),
           expires_at = IF(${take}, VALUES(expires_at), expires_at)`,
        [lockName, me, seconds],
      );
      return await read(db, lockName, me);
    } catch (err) {
      const errno = ((err as { cause?: { errno?: number } }).cause ?? {}).errno;
      const delay = [5, 10, 20][attempt];
      if (errno !== 1213 || delay === undefined) throw err;
      await sleep(delay + Math.random() * delay);
    }
  }
}

/** A compare-and-set on the holder: only the holder extends its lease. */
export async function refreshLock(db: Sql, name: string, holder: string, lease: number): Promise<LockResponse> {
  const lockName = required(name, 'name');
  const me = required(holder, 'holder');
  const result = await db.exec(
    'UPDATE cluster_locks SET expires_at = NOW(6) + INTERVAL ? SECOND, generation = generation + 1 WHERE name = ? AND holder = ?',
    [leaseSeconds(lease), lockName, me],
  );
  const state = await read(db, lockName, me);
  return { ...state, ok: result.affectedRows > 0 && state.ok };
}

export async function releaseLock(db: Sql, name: string, holder: string): Promise<LockResponse> {
  const result = await db.exec('DELETE FROM cluster_locks WHERE name = ? AND holder = ?', [required(name, 'name'), required(holder, 'holder')]);
  return { ok: result.affectedRows > 0 };
}

export async function getLock(db: Sql, name: string): Promise<LockResponse> {
  const state = await read(db, required(name, 'name'), '');
  return { ...state, ok: state.lock !== undefined };
}

/** Locks are few (one a cluster-wide job): more than this is a leak to see, not to page through. */
const LIST_LIMIT = 1000;

/** The locks held now, by the database's clock (acquireLock takes one only once it has expired), by name. */
export async function listLocks(db: Sql): Promise<Lock[]> {
  const rows = await db.rows<LockRow>(
    `SELECT name, holder, acquired_at, expires_at, generation FROM cluster_locks WHERE expires_at >= NOW(6) ORDER BY name LIMIT ${LIST_LIMIT}`,
  );
  return rows.map(toLock);
}
