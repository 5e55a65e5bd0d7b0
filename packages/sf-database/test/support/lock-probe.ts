import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseUnavailableError, type MariadbConfig } from '@sf/common';
import { PoolSql, type Sql } from '../../src/internal/sql.js';

/**
 * A pool of one connection whose lock waits give up after a second, so a
 * statement that would wait on another transaction's lock fails (1205,
 * after the pool's own retries) instead of waiting: what it proves is
 * whether it waited, never how long anything took.
 */
export async function impatientSql(config: MariadbConfig): Promise<PoolSql> {
  const sql = PoolSql.create({ ...config, pool_size: 1 });
  await sql.exec('SET SESSION innodb_lock_wait_timeout = 1');
  return sql;
}

/** The error a statement of impatientSql ends with when it had to wait for a lock. */
export function waitedForLock(err: unknown): boolean {
  return err instanceof DatabaseUnavailableError && err.code === 'SF_ERR_UNAVAILABLE_CONFLICT';
}

export interface OpenTransaction<T> {
  /** What the work returned; its transaction is still open and holds its locks. */
  result: T;
  /** Commits the transaction. */
  close(): Promise<void>;
}

/** Runs work in a transaction and leaves it open, holding its locks, until close(). */
export async function openTransaction<T>(sql: Sql, work: (tx: Sql) => Promise<T>): Promise<OpenTransaction<T>> {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let opened = (_result: T): void => undefined;
  const started = new Promise<T>((resolve) => {
    opened = resolve;
  });
  const done = sql.transaction(async (tx) => {
    opened(await work(tx));
    await held;
  });
  const result = await Promise.race([started, done.then(() => started)]);
  return {
    result,
    close: async () => {
      release();
      await done;
    },
  };
}

/**
 * Returns once some transaction of the server waits for a lock, as InnoDB's
 * status reports it (the information_schema lock tables are a cache that is
 * not refreshed while read more often than every 100 ms). Only the
 * TRANSACTIONS section counts: the section on the latest deadlock names
 * lock waits of transactions long gone.
 */
export async function untilSomeoneWaits(sql: Sql): Promise<void> {
  for (let polls = 0; ; polls += 1) {
    const [status] = await sql.textRows<{ Status: string }>('SHOW ENGINE INNODB STATUS');
    const transactions = (status?.Status ?? '').split(/^TRANSACTIONS$/m)[1] ?? '';
    if (/^LOCK WAIT /m.test(transactions)) return;
    if (polls === 1000) throw new Error('no transaction came to wait for a lock');
    await sleep(10);
  }
}
