import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseUnavailableError, createLogger } from '@sf/common';
import type { Sql } from '../../src/internal/sql.js';
import { EventRowsRefresh } from '../../src/server/event-rows.js';

/** A MariaDB whose row count reads the test answers one by one: a number, an error, or a read it holds. */
function fakeDb(answer: (call: number) => Promise<number>): { db: Sql; seen: { reads: number; inFlight: number; mostInFlight: number; sql: string[] } } {
  const seen = { reads: 0, inFlight: 0, mostInFlight: 0, sql: [] as string[] };
  const unused = () => Promise.reject(new Error('not a row count read'));
  const db: Sql = {
    rows: async <T>(sql: string): Promise<T[]> => {
      seen.reads += 1;
      seen.sql.push(sql);
      seen.inFlight += 1;
      seen.mostInFlight = Math.max(seen.mostInFlight, seen.inFlight);
      try {
        return [{ table_rows: await answer(seen.reads) }] as T[];
      } finally {
        seen.inFlight -= 1;
      }
    },
    exec: unused,
    textRows: unused,
    textExec: unused,
    transaction: unused,
    afterCommit: () => undefined,
  };
  return { db, seen };
}

function recordingLog() {
  const lines: Array<{ level: string; msg: string }> = [];
  const destination = new Writable({
    write: (chunk: Buffer, _e, cb) => {
      for (const text of chunk.toString().split('\n').filter((t) => t !== '')) lines.push(JSON.parse(text) as { level: string; msg: string });
      cb();
    },
  });
  return { log: createLogger({ name: 'test', level: 'debug', destination }), lines };
}

const until = async (what: string, done: () => boolean): Promise<void> => {
  for (let i = 0; i < 500 && !done(); i++) await sleep(2);
  assert.ok(done(), what);
};

describe('sf-database event row count refresh', () => {
  let refresh: EventRowsRefresh | undefined;
  afterEach(async () => {
    await refresh?.stop();
    refresh = undefined;
  });

  it('reads at start, then again after each read ends, never two at once, each bounded on MariaDB', async () => {
    const { db, seen } = fakeDb(async (call) => {
      await sleep(10);
      return call * 100;
    });
    const published: number[] = [];
    refresh = new EventRowsRefresh(db, (rows) => published.push(rows), recordingLog().log, { everyMs: 1, timeoutSeconds: 2 });
    refresh.start();
    await until('three reads published', () => published.length >= 3);
    assert.deepEqual(published.slice(0, 3), [100, 200, 300]);
    assert.equal(seen.mostInFlight, 1);
    assert.match(seen.sql[0] ?? '', /SET STATEMENT max_statement_time = 2 FOR\s+SELECT TABLE_ROWS/);
    assert.match(seen.sql[0] ?? '', /information_schema\.TABLES/);
  });

  it('keeps the last count through failed reads, warns once per run of them, and says when a read works again', async () => {
    const { db } = fakeDb(async (call) => {
      if (call === 2 || call === 3) throw new DatabaseUnavailableError('MariaDB went away');
      return call;
    });
    const { log, lines } = recordingLog();
    const published: number[] = [];
    refresh = new EventRowsRefresh(db, (rows) => published.push(rows), log, { everyMs: 1 });
    refresh.start();
    await until('the read after the failures published', () => published.length >= 2);
    assert.deepEqual(published.slice(0, 2), [1, 4]);
    assert.deepEqual(lines.map((l) => [l.level, l.msg]), [
      ['warn', 'event row count not read; keeping the last one'],
      ['info', 'event row count read again'],
    ]);
  });

  it('stop() waits for the read in flight, and no read starts after it', async () => {
    let release = (): void => undefined;
    const held = new Promise<number>((resolve) => (release = () => resolve(7)));
    const { db, seen } = fakeDb(() => held);
    const published: number[] = [];
    refresh = new EventRowsRefresh(db, (rows) => published.push(rows), recordingLog().log, { everyMs: 1 });
    refresh.start();
    await until('the first read started', () => seen.reads === 1);
    let stopped = false;
    const stopping = refresh.stop().then(() => (stopped = true));
    await sleep(20);
    assert.equal(stopped, false, 'stop waits for the read');
    release();
    await stopping;
    assert.deepEqual(published, [7]);
    await sleep(20);
    assert.equal(seen.reads, 1, 'no read after stop');
  });
});
