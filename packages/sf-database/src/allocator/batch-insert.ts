import { retryTransient, type Param, type Sql } from '../internal/sql.js';
import type { AllocateRequest } from './allocator.js';

/**
 * Column widths of resource_pool_allocations. INSERT IGNORE would truncate a
 * longer value with a warning instead of failing, so only requests that fit
 * take the batched path (JS length counts UTF-16 units, never fewer than the
 * characters MariaDB counts).
 */
const WIDTHS = { pool_name: 128, owner_type: 32, owner_uuid: 255, purpose: 64 } as const;
/** A lease longer than this could overflow the expiry arithmetic, which IGNORE would also hide. */
const MAX_BATCH_TTL_SECONDS = 0xffff_ffff;

/** A request the batched INSERT may take: a fresh random probe whose fields fit their columns. */
export function batchable(request: AllocateRequest): boolean {
  return (
    (request.value === undefined || request.value === '') &&
    Number.isInteger(request.ttlSeconds) &&
    request.ttlSeconds >= 0 &&
    request.ttlSeconds <= MAX_BATCH_TTL_SECONDS &&
    request.pool.length <= WIDTHS.pool_name &&
    request.owner.type.length <= WIDTHS.owner_type &&
    request.owner.uuid.length <= WIDTHS.owner_uuid &&
    request.purpose.length <= WIDTHS.purpose
  );
}

export interface BatchRow {
  pool: string;
  value: string;
  request: AllocateRequest;
}

/** Rows per statement, whatever the size of the call. */
const MAX_ROWS = 128;

export const batchKey = (pool: string, value: string): string => `${pool}\u0000${value}`;

/**
 * Inserts the rows that are free in one multi-row INSERT IGNORE ...
 * RETURNING and answers which (pool, value) keys it took; a row whose value
 * or owner-and-purpose is already held is skipped. Rows go in key order so
 * that concurrent batches lock index entries in one order. A failure after
 * the retries takes nothing (the statement is atomic): the caller places
 * those requests one by one.
 */
export async function insertBatch(db: Sql, rows: readonly BatchRow[]): Promise<Set<string>> {
  const sorted = [...rows].sort((a, b) => (a.pool < b.pool ? -1 : a.pool > b.pool ? 1 : a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const placed = new Set<string>();
  for (let i = 0; i < sorted.length; i += MAX_ROWS) {
    for (const key of await insertChunk(db, sorted.slice(i, i + MAX_ROWS))) placed.add(key);
  }
  return placed;
}

async function insertChunk(db: Sql, rows: readonly BatchRow[]): Promise<string[]> {
  const params: Param[] = [];
  for (const { pool, value, request } of rows) {
    params.push(pool, value, request.owner.type, request.owner.uuid, request.purpose, request.ttlSeconds, request.ttlSeconds);
  }
  const inserted = await retryTransient(() =>
    db.textRows<{ pool_name: string; value: string }>(
      `INSERT IGNORE INTO resource_pool_allocations (pool_name, value, owner_type, owner_uuid, purpose, expires_at)
        VALUES ${rows.map(() => '(?, ?, ?, ?, ?, IF(? = 0, NULL, NOW(6) + INTERVAL ? SECOND))').join(', ')}
        RETURNING pool_name, value`,
      params,
    ),
  ).catch(() => []);
  return inserted.map((row) => batchKey(row.pool_name, row.value));
}
