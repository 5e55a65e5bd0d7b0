import { createHash } from 'node:crypto';
import { ValidationError } from '@sf/common';
import { duplicateKeyName, type Sql } from '../internal/sql.js';

/** How long a key protects against a replayed call; a client's retries end well within it. */
const KEY_LIFETIME_SECONDS = 3600;

class Replayed extends Error {}

/** A call under an idempotency key: the method it is for and requestFingerprint() of its request. */
export interface KeyedCall {
  key: string;
  method: string;
  fingerprint: string;
}

/**
 * What tells a retry from another call under the same key: a SHA-256 of the
 * request's bytes as they came off the wire. Every attempt of a call is the
 * same object serialized by the same client, so its bytes are the same,
 * whichever tier instance (and build) an attempt lands on; a hash of the
 * decoded object would depend on the decoding build's protos.
 */
export function requestFingerprint(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Runs a non-idempotent call at most once per key. The key row is inserted
 * in the same transaction as the call's writes, with its reply and the
 * request's fingerprint: a retry of a committed call hits the key and gets
 * the stored reply; a retry racing the first attempt waits on the key's row
 * lock and then does the same; a call that failed left no key, so its retry
 * runs afresh.
 */
export async function once<T>(db: Sql, call: KeyedCall, work: (tx: Sql) => Promise<T>): Promise<T> {
  const { key, method, fingerprint } = call;
  if (key.length > 64) throw new ValidationError('sf-idempotency-key is longer than 64 characters');
  try {
    return await db.transaction(async (tx) => {
      try {
        await tx.exec("INSERT INTO rpc_requests (request_key, method, request_hash, response) VALUES (?, ?, ?, '')", [key, method, fingerprint]);
      } catch (err) {
        if (duplicateKeyName(err) === 'PRIMARY') throw new Replayed();
        throw err;
      }
      const result = await work(tx);
      await tx.exec('UPDATE rpc_requests SET response = ? WHERE request_key = ?', [JSON.stringify(result), key]);
      return result;
    });
  } catch (err) {
    if (!(err instanceof Replayed)) throw err;
  }
  return storedReply(db, call);
}

/**
 * The reply stored under the key, unless the key was used for another
 * method or another request: answering that with this reply would tell its
 * caller a call was applied that never ran. Either is a client's bug, never
 * a retry.
 */
async function storedReply<T>(db: Sql, { key, method, fingerprint }: KeyedCall): Promise<T> {
  const rows = await db.rows<{ method: string; request_hash: string | null; response: string }>(
    'SELECT method, request_hash, response FROM rpc_requests WHERE request_key = ?',
    [key],
  );
  const row = rows[0];
  if (row === undefined || row.method !== method) throw new ValidationError(`sf-idempotency-key ${key} was used for another call`);
  // A reply stored without a hash (before migration 202611270500, or by a build from before it) is replayed as it was.
  if (row.request_hash !== null && row.request_hash !== fingerprint) {
    throw new ValidationError(`sf-idempotency-key ${key} was used for a ${method} call with another request`, { code: 'SF_ERR_VALIDATION_IDEMPOTENCY_KEY' });
  }
  return JSON.parse(row.response) as T;
}

const PRUNE_SLICE = 10000;
/** A slice waiting on row locks is given up (and tried again later) rather than held up for innodb_lock_wait_timeout. */
const PRUNE_TIMEOUT_SECONDS = 5;

/**
 * Deletes one slice of aged keys (a short lock hold) and says whether more are
 * left: the caller's loop takes the next slice on its next turn, so a backlog
 * never holds up its health checks and watchdog pings. A slice runs for at
 * most timeoutSeconds, lock waits included, so a shutdown waiting for it is
 * not held up either.
 */
export async function pruneIdempotencyKeys(db: Sql, timeoutSeconds = PRUNE_TIMEOUT_SECONDS): Promise<{ deleted: number; more: boolean }> {
  const result = await db.exec(
    `SET STATEMENT max_statement_time = ${Number(timeoutSeconds)} FOR
     DELETE FROM rpc_requests WHERE created < NOW(6) - INTERVAL ${KEY_LIFETIME_SECONDS} SECOND LIMIT ${PRUNE_SLICE}`,
  );
  return { deleted: result.affectedRows, more: result.affectedRows === PRUNE_SLICE };
}
