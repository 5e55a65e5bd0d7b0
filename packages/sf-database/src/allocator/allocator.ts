import { randomInt } from 'node:crypto';
import { AlreadyExistsError, InsufficientCapacityError, InternalError, NotFoundError, ValidationError } from '@sf/common';
import { duplicateKeyName, type Sql } from '../internal/sql.js';
import { batchable, batchKey, insertBatch, type BatchRow } from './batch-insert.js';
import { UNSCOPED_POOLS, ipv4Pool, parsePoolName, staticPool, type Pool, type PoolSettings } from './pools.js';

export interface Owner {
  type: string;
  uuid: string;
}

export interface AllocateRequest {
  pool: string;
  owner: Owner;
  purpose: string;
  /** Lease length in seconds; 0 means permanent until released. */
  ttlSeconds: number;
  /** Take exactly this value (409 when it is held). */
  value?: string;
  /** Where a sequential search starts (e.g. the last address handed out). */
  hint?: string;
}

export interface Allocation {
  pool: string;
  value: string;
  owner: Owner;
  purpose: string;
  expiresAt: Date | null;
}

export interface PoolUsage {
  pool: string;
  size: number;
  used: number;
  leased: number;
  expired: number;
}

/** What the allocator records for audit: one event per allocation and release. */
export type AuditSink = (event: { owner: Owner; message: string; extra: Record<string, unknown> }) => void;

/** Random probes before a sparse pool is scanned instead. */
const RANDOM_PROBES = 8;
/** Upper bound on attempts of one allocation: losing this many races in a row means the pool is as good as full. */
const MAX_ATTEMPTS = 64;
/** Concurrent callers pick among this many free values near the hint, so they rarely collide. */
const SPREAD = 16;
/** A pool larger than this is never scanned whole. */
const MAX_SCAN = 1 << 20;

/** The UNIQUE key that holds one value per owner and purpose. */
const PURPOSE_KEY = 'resource_pool_allocations_purpose';

const INSERT_SQL = `INSERT INTO resource_pool_allocations (pool_name, value, owner_type, owner_uuid, purpose, expires_at)
  VALUES (?, ?, ?, ?, ?, IF(? = 0, NULL, NOW(6) + INTERVAL ? SECOND))`;

/** A lapsed lease is taken over in place: the UNIQUE row changes owner, so two stealers cannot both win. */
const STEAL_SQL = `UPDATE resource_pool_allocations
  SET owner_type = ?, owner_uuid = ?, purpose = ?, allocated_at = NOW(6), generation = generation + 1,
      expires_at = IF(? = 0, NULL, NOW(6) + INTERVAL ? SECOND)
  WHERE pool_name = ? AND value = ? AND expires_at IS NOT NULL AND expires_at < NOW(6)`;

/**
 * One value, if the owner still holds it. By the whole primary key, so it
 * locks that row alone: a multi-row form guarded by owner let MariaDB range
 * over the purpose index and lock its gaps.
 */
const RELEASE_SQL = 'DELETE FROM resource_pool_allocations WHERE pool_name = ? AND value = ? AND owner_type = ? AND owner_uuid = ?';

/**
 * Resolves pool names to pools. ipv4 pools read their network's netblock
 * once (a netblock never changes), so one catalog is shared by every call.
 */
export class PoolCatalog {
  private readonly ipv4Pools = new Map<string, Pool>();

  constructor(readonly settings: PoolSettings) {}

  async pool(db: Sql, poolName: string): Promise<Pool> {
    const fixed = staticPool(poolName, this.settings);
    if (fixed !== undefined) return fixed;
    const cached = this.ipv4Pools.get(poolName);
    if (cached !== undefined) return cached;
    const { scope } = parsePoolName(poolName);
    const rows = await db.rows<{ netblock: string }>('SELECT netblock FROM networks WHERE uuid = ?', [scope]);
    const netblock = rows[0]?.netblock;
    if (netblock === undefined) throw new NotFoundError(`pool ${poolName}: network ${scope} not found`);
    const pool = ipv4Pool(poolName, netblock);
    this.ipv4Pools.set(poolName, pool);
    return pool;
  }
}

/** The allocator over one connection or transaction; cheap to make per call. */
export class Allocator {
  constructor(
    private readonly db: Sql,
    private readonly catalog: PoolCatalog,
    private readonly audit: AuditSink = () => undefined,
  ) {}

  pool(poolName: string): Promise<Pool> {
    return this.catalog.pool(this.db, poolName);
  }

  /**
   * Idempotent: an owner holds at most one value of a pool per purpose, so a
   * retried call gets the value the first one took.
   */
  async allocate(request: AllocateRequest): Promise<Allocation> {
    if (!Number.isInteger(request.ttlSeconds) || request.ttlSeconds < 0) throw new ValidationError('ttl_seconds must be a whole number of seconds, 0 for permanent');
    const pool = await this.pool(request.pool);
    if (request.value !== undefined && request.value !== '') return this.allocateExplicit(pool, request);
    let hint = request.hint !== undefined && request.hint !== '' ? pool.indexOf(request.hint) : 0;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const probe = pool.policy === 'random' && (attempt < RANDOM_PROBES || pool.size > MAX_SCAN);
      const index = probe ? randomFree(pool) : await this.scanFree(pool, hint);
      if (index === undefined) {
        if (probe) continue;
        throw exhausted(pool);
      }
      const outcome = await this.tryTake(pool, pool.valueAt(index), request);
      if (outcome !== 'taken') return outcome === 'new' ? this.taken(pool, pool.valueAt(index), request) : outcome;
      hint = index;
    }
    throw exhausted(pool, `lost ${MAX_ATTEMPTS} races in a row`);
  }

  /**
   * Many allocations, each settled on its own. Random-probe requests go
   * first as one multi-row INSERT IGNORE ... RETURNING (one statement for
   * the batch instead of one each); a request it did not place (its value
   * was taken, or its owner already holds one) then takes the single path,
   * which sorts out races, retries and steals.
   */
  async allocateMany(requests: readonly AllocateRequest[]): Promise<Array<Allocation | Error>> {
    const results: Array<Allocation | Error | undefined> = new Array<Allocation | Error | undefined>(requests.length);
    const rows: Array<BatchRow & { index: number; resolved: Pool }> = [];
    const chosen = new Set<string>();
    await Promise.all(
      requests.map(async (request, index) => {
        if (!batchable(request)) return;
        const pool = await this.pool(request.pool).catch(() => undefined);
        const at = pool?.policy === 'random' ? randomFree(pool) : undefined;
        const value = pool === undefined || at === undefined ? undefined : pool.valueAt(at);
        if (pool === undefined || value === undefined || chosen.has(batchKey(pool.name, value))) return;
        chosen.add(batchKey(pool.name, value));
        rows.push({ index, resolved: pool, pool: pool.name, value, request });
      }),
    );
    if (rows.length > 1) {
      const placed = await insertBatch(this.db, rows);
      for (const { index, resolved, pool, value, request } of rows) {
        if (placed.has(batchKey(pool, value))) results[index] = this.taken(resolved, value, request);
      }
    }
    await Promise.all(
      requests.map(async (request, index) => {
        if (results[index] === undefined) results[index] = await this.allocate(request).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
      }),
    );
    return results as Array<Allocation | Error>;
  }

  private async allocateExplicit(pool: Pool, request: AllocateRequest): Promise<Allocation> {
    const index = pool.indexOf(request.value ?? '');
    if (pool.isReserved(index)) throw new ValidationError(`value ${request.value} is reserved in pool ${pool.name}`);
    const value = pool.valueAt(index);
    const outcome = await this.tryTake(pool, value, request);
    if (outcome === 'new') return this.taken(pool, value, request);
    // The value's own row answers first when the caller holds exactly it: a retry.
    const mine = outcome === 'taken' ? await this.findHeld(pool, request) : outcome;
    if (mine?.value === value) return mine;
    const holder = mine === undefined ? 'in use' : `not free: ${request.owner.type} ${request.owner.uuid} already holds ${mine.value} for ${request.purpose}`;
    throw new AlreadyExistsError(`value ${value} of pool ${pool.name} is ${holder}`, { code: 'SF_ERR_ALREADY_EXISTS_ALLOCATION' });
  }

  /**
   * One INSERT decides: 'new' when it took the value; the owner's existing
   * allocation when it already held one for this purpose; 'taken' when
   * another owner holds the value (an expired lease is taken over instead).
   */
  private async tryTake(pool: Pool, value: string, request: AllocateRequest): Promise<'new' | 'taken' | Allocation> {
    const { owner, purpose, ttlSeconds } = request;
    try {
      await this.db.exec(INSERT_SQL, [pool.name, value, owner.type, owner.uuid, purpose, ttlSeconds, ttlSeconds]);
      return 'new';
    } catch (err) {
      if (!(err instanceof AlreadyExistsError)) throw err;
      if (duplicateKeyName(err) === PURPOSE_KEY) return this.held(pool, request);
    }
    try {
      const stolen = await this.db.exec(STEAL_SQL, [owner.type, owner.uuid, purpose, ttlSeconds, ttlSeconds, pool.name, value]);
      return stolen.affectedRows === 1 ? 'new' : 'taken';
    } catch (err) {
      if (err instanceof AlreadyExistsError && duplicateKeyName(err) === PURPOSE_KEY) return this.held(pool, request);
      throw err;
    }
  }

  /**
   * The owner's existing value for this purpose, its lease renewed to what
   * this request asks: handing back a lapsed lease unrenewed would let a
   * stealer take a value its owner still believes it holds.
   */
  private async held(pool: Pool, request: AllocateRequest): Promise<Allocation> {
    // A permanent allocation stays permanent: a retried create asking for a lease must not put it back on one.
    await this.db.exec(
      `UPDATE resource_pool_allocations SET expires_at = IF(? = 0, NULL, NOW(6) + INTERVAL ? SECOND), generation = generation + 1
        WHERE pool_name = ? AND owner_type = ? AND owner_uuid = ? AND purpose = ? AND (expires_at IS NOT NULL OR ? = 0)`,
      [request.ttlSeconds, request.ttlSeconds, pool.name, request.owner.type, request.owner.uuid, request.purpose, request.ttlSeconds],
    );
    const found = await this.findHeld(pool, request);
    if (found === undefined) throw new InternalError(`allocation of ${request.owner.type} ${request.owner.uuid} in ${pool.name} vanished while being read`);
    return found;
  }

  private async findHeld(pool: Pool, request: AllocateRequest): Promise<Allocation | undefined> {
    const rows = await this.db.rows<{ value: string; expires_at: Date | null }>(
      'SELECT value, expires_at FROM resource_pool_allocations WHERE pool_name = ? AND owner_type = ? AND owner_uuid = ? AND purpose = ?',
      [pool.name, request.owner.type, request.owner.uuid, request.purpose],
    );
    const row = rows[0];
    return row === undefined ? undefined : { pool: pool.name, value: row.value, owner: request.owner, purpose: request.purpose, expiresAt: row.expires_at };
  }

  private taken(pool: Pool, value: string, request: AllocateRequest): Allocation {
    const expiresAt = request.ttlSeconds === 0 ? null : new Date(Date.now() + request.ttlSeconds * 1000);
    this.audited({ owner: request.owner, message: `allocated ${pool.name} ${value}`, extra: { pool: pool.name, value, purpose: request.purpose, ttl_seconds: request.ttlSeconds } });
    return { pool: pool.name, value, owner: request.owner, purpose: request.purpose, expiresAt };
  }

  /**
   * The free index nearest after the hint, drawn at random among the first few
   * free ones so concurrent callers spread out. Expired leases count as free.
   */
  private async scanFree(pool: Pool, hint: number): Promise<number | undefined> {
    const rows = await this.db.rows<{ value: string }>(
      'SELECT value FROM resource_pool_allocations WHERE pool_name = ? AND (expires_at IS NULL OR expires_at >= NOW(6))',
      [pool.name],
    );
    const used = new Set(rows.map((row) => row.value));
    const free: number[] = [];
    for (let step = 0; step < pool.size && free.length < SPREAD; step += 1) {
      const index = (hint + step) % pool.size;
      if (!pool.isReserved(index) && !used.has(pool.valueAt(index))) free.push(index);
    }
    return free.length === 0 ? undefined : free[randomInt(free.length)];
  }

  /** Releases one value if the owner still holds it; releasing twice is not an error. */
  async release(poolName: string, value: string, owner: Owner): Promise<boolean> {
    const pool = await this.pool(poolName);
    const canonical = pool.valueAt(pool.indexOf(value));
    const result = await this.db.exec(RELEASE_SQL, [pool.name, canonical, owner.type, owner.uuid]);
    if (result.affectedRows > 0) this.audited({ owner, message: `released ${pool.name} ${canonical}`, extra: { pool: pool.name, value: canonical } });
    return result.affectedRows > 0;
  }

  /**
   * Audit events wait for the commit of the transaction the allocator works
   * in (at once when it works outside one): a transaction rolled back or
   * retried records nothing, and nothing twice.
   */
  private audited(event: Parameters<AuditSink>[0]): void {
    this.db.afterCommit(() => this.audit(event));
  }

  /** Releases everything an owner holds, in every pool (an object's delete). */
  releaseOwner(owner: Owner): Promise<Allocation[]> {
    return this.releaseOwners([owner]);
  }

  /**
   * Releases everything the owners hold, in every pool. The values are
   * found by a plain read and each is deleted on its own (RELEASE_SQL), so
   * only the released rows are locked, however long the caller's
   * transaction: a locking read and DELETE by owner locked the owner
   * index's gaps as well, and another owner's allocation beside them waited
   * for that transaction. A value an owner takes after the transaction's
   * snapshot (which under REPEATABLE READ may be older than the read) stays;
   * the owners this is called for take only leased values then, which lapse.
   */
  async releaseOwners(owners: readonly Owner[]): Promise<Allocation[]> {
    if (owners.length === 0) return [];
    const held = await this.db.textRows<{ pool_name: string; value: string; owner_type: string; owner_uuid: string; purpose: string }>(
      `SELECT pool_name, value, owner_type, owner_uuid, purpose FROM resource_pool_allocations
        WHERE ${owners.map(() => '(owner_type = ? AND owner_uuid = ?)').join(' OR ')}`,
      owners.flatMap((o) => [o.type, o.uuid]),
    );
    const released: Allocation[] = [];
    for (const row of held) {
      const owner = { type: row.owner_type, uuid: row.owner_uuid };
      const result = await this.db.exec(RELEASE_SQL, [row.pool_name, row.value, owner.type, owner.uuid]);
      if (result.affectedRows === 0) continue;
      this.audited({ owner, message: `released ${row.pool_name} ${row.value}`, extra: { pool: row.pool_name, value: row.value } });
      released.push({ pool: row.pool_name, value: row.value, owner, purpose: row.purpose, expiresAt: null });
    }
    return released;
  }

  /** Extends a lease the owner still holds; a lease already taken over is NotFound. */
  /**
   * Extends a lease by ttlSeconds from now; 0 makes it permanent (what a
   * create does once its work is queued), which is idempotent.
   */
  async renew(poolName: string, value: string, owner: Owner, ttlSeconds: number): Promise<void> {
    if (!Number.isInteger(ttlSeconds) || ttlSeconds < 0) throw new ValidationError('ttl_seconds must be a whole number of seconds, 0 to make the allocation permanent');
    const result = await this.db.exec(
      `UPDATE resource_pool_allocations SET expires_at = IF(? = 0, NULL, NOW(6) + INTERVAL ? SECOND), generation = generation + 1
        WHERE pool_name = ? AND value = ? AND owner_type = ? AND owner_uuid = ? AND (expires_at IS NOT NULL OR ? = 0)`,
      [ttlSeconds, ttlSeconds, poolName, value, owner.type, owner.uuid, ttlSeconds],
    );
    if (result.affectedRows === 0) throw new NotFoundError(`no lease on ${poolName} ${value} held by ${owner.type} ${owner.uuid}`, { code: 'SF_ERR_NOT_FOUND_ALLOCATION' });
  }

  /**
   * Deletes lapsed leases (the maintainer's sweep; allocators also take
   * them over in place). The candidates come from a plain read and go in
   * one DELETE by primary key, a transaction of its own, each only while its
   * row is the version read (its generation): a renewal or a takeover since
   * changed it. A locking read over the expiry range held its gaps, among
   * them the one after the permanent (NULL) rows that a permanent allocation
   * or a renewal with ttl 0 writes into, across one DELETE per row. The
   * DELETE names no expiry column, which MariaDB could choose to range over
   * instead, and ORs equalities because a DELETE scans the whole table for a
   * one-row IN of tuples.
   */
  async reclaimExpired(limit = 500): Promise<number> {
    const lapsed = await this.db.rows<{ pool_name: string; value: string; generation: number }>(
      `SELECT pool_name, value, generation FROM resource_pool_allocations WHERE expires_at < NOW(6) LIMIT ${Math.max(1, Math.floor(limit))}`,
    );
    if (lapsed.length === 0) return 0;
    // Still lapsed when deleted: a value released and taken again since the read starts at generation 1 too.
    // The expression keeps the optimizer on the primary key; a range on the expiry index would lock its gaps.
    const still = '(pool_name = ? AND value = ? AND generation = ? AND expires_at + INTERVAL 0 SECOND < NOW(6))';
    const rows = await this.db.transaction((tx) =>
      tx.textRows<{ pool_name: string; value: string; owner_type: string; owner_uuid: string }>(
        `DELETE FROM resource_pool_allocations WHERE ${lapsed.map(() => still).join(' OR ')}
          RETURNING pool_name, value, owner_type, owner_uuid`,
        lapsed.flatMap((row) => [row.pool_name, row.value, row.generation]),
      ),
    );
    for (const row of rows) {
      this.audited({ owner: { type: row.owner_type, uuid: row.owner_uuid }, message: `reclaimed expired ${row.pool_name} ${row.value}`, extra: { pool: row.pool_name, value: row.value } });
    }
    return rows.length;
  }

  /**
   * The admin listing: each pool's size and how much of it is held, leased,
   * and lapsed. Pools nothing is taken from are listed too (the cluster's,
   * the addresses of each network not deleted, the ports and vsock CIDs of
   * each node); a pool whose network is gone has size -1, as its size is no
   * longer known.
   */
  async usage(poolPrefix = ''): Promise<PoolUsage[]> {
    const like = `${poolPrefix.replace(/[%_\\]/g, '\\$&')}%`;
    const rows = await this.db.rows<{ pool_name: string; used: number; leased: number; expired: number }>(
      `SELECT pool_name, COUNT(*) AS used, CAST(SUM(expires_at IS NOT NULL) AS UNSIGNED) AS leased,
              CAST(SUM(expires_at < NOW(6)) AS UNSIGNED) AS expired
         FROM resource_pool_allocations WHERE pool_name LIKE ? GROUP BY pool_name`,
      [like],
    );
    const scoped = await this.db.rows<{ pool_name: string }>(
      `SELECT pool_name FROM (
         SELECT CONCAT('ipv4:', uuid) AS pool_name FROM networks WHERE state <> 'deleted'
         UNION ALL SELECT CONCAT('console_port:', name) FROM nodes
         UNION ALL SELECT CONCAT('vsock_cid:', name) FROM nodes) pools
        WHERE pool_name LIKE ?`,
      [like],
    );
    const held = new Map(rows.map((row) => [row.pool_name, row]));
    const names = new Set([...UNSCOPED_POOLS.filter((name) => name.startsWith(poolPrefix)), ...scoped.map((p) => p.pool_name), ...held.keys()]);
    const usage: PoolUsage[] = [];
    for (const name of [...names].sort()) {
      const size = await this.pool(name).then((pool) => pool.size, (err: unknown) => {
        if (err instanceof NotFoundError) return -1;
        throw err;
      });
      const row = held.get(name);
      usage.push({ pool: name, size, used: Number(row?.used ?? 0), leased: Number(row?.leased ?? 0), expired: Number(row?.expired ?? 0) });
    }
    return usage;
  }
}

function randomFree(pool: Pool): number | undefined {
  const index = randomInt(pool.size);
  return pool.isReserved(index) ? undefined : index;
}

function exhausted(pool: Pool, why = 'no free value'): InsufficientCapacityError {
  return new InsufficientCapacityError(`pool ${pool.name} is exhausted: ${why}`, { code: 'SF_ERR_INSUFFICIENT_CAPACITY_POOL', details: { pool: pool.name, size: pool.size } });
}
