import { setTimeout as sleep } from 'node:timers/promises';
import mysql from 'mysql2';
import {
  AlreadyExistsError,
  DatabaseUnavailableError,
  InternalError,
  NotFoundError,
  ValidationError,
  isSfError,
  type MariadbConfig,
  type SfError,
} from '@sf/common';
import { SESSION_SETUP, connectionSettings, describeTarget } from './connection.js';

export type Param = string | number | boolean | null | Date | Buffer;

export interface WriteResult {
  affectedRows: number;
}

/**
 * The SQL surface the repositories use. `rows`/`exec` run prepared statements
 * (mysql2 `execute`: parsed once per connection, cheapest on the hot path);
 * `textRows`/`textExec` use the text protocol for statements whose shape varies
 * with the input (multi-row inserts), which would otherwise fill the
 * server's prepared statement cache.
 */
export interface Sql {
  rows<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
  exec(sql: string, params?: readonly Param[]): Promise<WriteResult>;
  textRows<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
  textExec(sql: string, params?: readonly Param[]): Promise<WriteResult>;
  /** Runs work in one transaction; nested calls join the outer one. Deadlocks retry the whole work. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * Runs fn once the outermost transaction this handle is in has committed
   * (at once outside a transaction); never for a run rolled back or retried.
   */
  afterCommit(fn: () => void): void;
}

/** MariaDB errors after which the whole transaction is worth running again: deadlock, lock wait, snapshot conflict. */
const RETRYABLE_ERRNO = new Set([1213, 1205, 1020]);
const RETRY_DELAYS_MS = [5, 10, 20];

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOENT',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'POOL_CLOSED',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
]);

interface MysqlError extends Error {
  code?: string;
  errno?: number;
  fatal?: boolean;
  sqlMessage?: string;
}

/** The UNIQUE key a duplicate-entry error names, so callers can tell which constraint fired. */
export function duplicateKeyName(err: unknown): string | undefined {
  if (!isSfError(err) || !(err instanceof AlreadyExistsError)) return undefined;
  const key = err.details?.key;
  return typeof key === 'string' ? key : undefined;
}

/** Every mysql2 failure leaves this layer as an SfError, keeping the original as its cause. */
export function mapSqlError(err: unknown, target: string): SfError {
  if (isSfError(err)) return err;
  const e = err as MysqlError;
  const message = e.sqlMessage ?? e.message ?? String(err);
  if (e.fatal === true || (e.code !== undefined && UNAVAILABLE_CODES.has(e.code))) {
    return new DatabaseUnavailableError(`MariaDB at ${target} is unavailable: ${message}`, { cause: err });
  }
  switch (e.errno) {
    case 1062: {
      const key = /for key '(?:[^'.]*\.)?([^']+)'/.exec(message)?.[1];
      return new AlreadyExistsError(`duplicate: ${message}`, { cause: err, details: key === undefined ? undefined : { key } });
    }
    case 1213:
    case 1205:
    case 1020:
      // Still conflicting after the retries: a concurrent update, worth retrying later, never a 500.
      return new DatabaseUnavailableError(`concurrent update, try again: ${message}`, { cause: err, code: 'SF_ERR_UNAVAILABLE_CONFLICT' });
    case 1452:
      return new NotFoundError(`a referenced object does not exist: ${message}`, { cause: err });
    case 1451:
      return new ValidationError(`still referenced by other objects: ${message}`, { cause: err });
    case 1406:
    case 1264:
    case 1366:
    case 3140:
    case 4025:
    case 4038:
      return new ValidationError(`invalid value: ${message}`, { cause: err });
    default:
      return new InternalError(`database error: ${message}`, { cause: err });
  }
}

function isRetryable(err: unknown): boolean {
  const errno = (err as MysqlError).errno;
  return errno !== undefined && RETRYABLE_ERRNO.has(errno);
}

type Runner = Pick<mysql.Pool, 'execute' | 'query'>;

function run<T>(runner: Runner, prepared: boolean, sql: string, params: readonly Param[] | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const done = (err: mysql.QueryError | null, result: unknown): void => (err === null ? resolve(result as T) : reject(err));
    if (prepared) runner.execute(sql, params as Param[], done);
    else runner.query(sql, params as Param[], done);
  });
}

class RunnerSql implements Sql {
  constructor(
    protected readonly runner: Runner,
    protected readonly target: string,
  ) {}

  async rows<T>(sql: string, params?: readonly Param[]): Promise<T[]> {
    try {
      return await run<T[]>(this.runner, true, sql, params ?? []);
    } catch (err) {
      throw this.fail(err);
    }
  }

  async exec(sql: string, params?: readonly Param[]): Promise<WriteResult> {
    try {
      return await run<WriteResult>(this.runner, true, sql, params ?? []);
    } catch (err) {
      throw this.fail(err);
    }
  }

  async textRows<T>(sql: string, params?: readonly Param[]): Promise<T[]> {
    try {
      return await run<T[]>(this.runner, false, sql, params ?? []);
    } catch (err) {
      throw this.fail(err);
    }
  }

  async textExec(sql: string, params?: readonly Param[]): Promise<WriteResult> {
    try {
      return await run<WriteResult>(this.runner, false, sql, params ?? []);
    } catch (err) {
      throw this.fail(err);
    }
  }

  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return work(this);
  }

  afterCommit(fn: () => void): void {
    fn();
  }

  /** Inside a transaction the raw error must survive to the retry loop, so it is kept as the cause. */
  protected fail(err: unknown): SfError {
    return mapSqlError(err, this.target);
  }
}

/** A connection inside a transaction: what must wait for its commit waits here. */
class TxSql extends RunnerSql {
  readonly committed: Array<() => void> = [];

  override afterCommit(fn: () => void): void {
    this.committed.push(fn);
  }
}

function getConnection(pool: mysql.Pool): Promise<mysql.PoolConnection> {
  return new Promise((resolve, reject) => pool.getConnection((err, conn) => (err === null ? resolve(conn) : reject(err))));
}

/**
 * Runs work that manages its own transaction on the server (a compound
 * statement) again on a deadlock, lock wait or snapshot conflict, like
 * transaction() does for transactions driven from here.
 */
export async function retryTransient<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await work();
    } catch (err) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (!isRetryable(rawCause(err)) || delay === undefined) throw err;
      await sleep(delay + Math.random() * delay);
    }
  }
}

function rawCause(err: unknown): unknown {
  return isSfError(err) && err.cause !== undefined ? err.cause : err;
}

/** The pool of one sf-database process. */
export class PoolSql extends RunnerSql {
  private constructor(
    private readonly pool: mysql.Pool,
    target: string,
  ) {
    super(pool, target);
  }

  static create(config: MariadbConfig): PoolSql {
    const pool = mysql.createPool({
      ...(connectionSettings(config) as mysql.PoolOptions),
      connectionLimit: config.pool_size,
      // Bounded per connection: MariaDB caps prepared statements server-wide (max_prepared_stmt_count).
      maxPreparedStatements: 128,
      waitForConnections: true,
      queueLimit: 0,
      enableKeepAlive: true,
      dateStrings: false,
      // A JSON column is text to us; parsed values would make a JSON string indistinguishable from raw text.
      jsonStrings: true,
    });
    // Queued ahead of anything else on the connection. A session it failed on would read times
    // shifted by the server's offset, so the connection is dropped and its first query fails instead.
    pool.on('connection', (conn) => conn.query(SESSION_SETUP, (err) => {
      if (err !== null) conn.destroy();
    }));
    return new PoolSql(pool, describeTarget(config));
  }

  override async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      let conn: mysql.PoolConnection;
      try {
        conn = await getConnection(this.pool);
      } catch (err) {
        throw this.fail(err);
      }
      const tx = new TxSql(conn, this.target);
      let broken = false;
      let result: T;
      try {
        await tx.textExec('START TRANSACTION');
        result = await work(tx);
        await tx.textExec('COMMIT');
      } catch (err) {
        const cause = rawCause(err);
        broken = (cause as MysqlError).fatal === true;
        if (!broken) await tx.textExec('ROLLBACK').catch(() => undefined);
        const delay = RETRY_DELAYS_MS[attempt];
        if (isRetryable(cause) && delay !== undefined) {
          await sleep(delay + Math.random() * delay);
          continue;
        }
        // Statements already map their errors; anything else is the caller's own signal and passes through.
        throw err;
      } finally {
        if (broken) conn.destroy();
        else conn.release();
      }
      // Outside the try: the work is committed, so nothing these do may roll it back or run it again.
      for (const fn of tx.committed) fn();
      return result;
    }
  }

  /** Connections in the pool, idle ones, and callers waiting for one (for the metrics). */
  usage(): { total: number; free: number; waiting: number } {
    const inner = this.pool as unknown as { _allConnections?: { length: number }; _freeConnections?: { length: number }; _connectionQueue?: { length: number } };
    return {
      total: inner._allConnections?.length ?? 0,
      free: inner._freeConnections?.length ?? 0,
      waiting: inner._connectionQueue?.length ?? 0,
    };
  }

  end(): Promise<void> {
    return new Promise((resolve) => this.pool.end(() => resolve()));
  }
}
