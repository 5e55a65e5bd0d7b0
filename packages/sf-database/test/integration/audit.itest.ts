import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseUnavailableError } from '@sf/common';
import type { DatabaseClient } from '@sf/database-client';
import type { PoolSql, Sql } from '../../src/internal/sql.js';
import { AuditBuffer } from '../../src/server/audit.js';
import { poolTestDatabase } from '../support/pooled-database.js';
import { serveTestDatabase } from '../support/served-database.js';
import { quietLogger } from '../support/test-database.js';

/** The same database, where every statement fails while `down` is set, as when MariaDB goes away. */
function flaky(inner: Sql): { sql: Sql; down: { now: boolean } } {
  const down = { now: false };
  const gone = () => Promise.reject(new DatabaseUnavailableError('MariaDB went away'));
  const sql: Sql = {
    rows: (q, p) => (down.now ? gone() : inner.rows(q, p)),
    exec: (q, p) => (down.now ? gone() : inner.exec(q, p)),
    textExec: (q, p) => (down.now ? gone() : inner.textExec(q, p)),
    textRows: (q, p) => (down.now ? gone() : inner.textRows(q, p)),
    transaction: (work) => (down.now ? gone() : inner.transaction(work)),
    afterCommit: (fn) => inner.afterCommit(fn),
  };
  return { sql, down };
}

/** A MariaDB that takes connections and never answers. */
const hung: Sql = {
  rows: () => new Promise<never>(() => undefined),
  exec: () => new Promise<never>(() => undefined),
  textExec: () => new Promise<never>(() => undefined),
  textRows: () => new Promise<never>(() => undefined),
  transaction: () => new Promise<never>(() => undefined),
  afterCommit: () => undefined,
};

const owner = (uuid: string) => ({ type: 'network', uuid });

describe('audit events of the allocator (real MariaDB)', function () {
  this.timeout(60_000);
  const pooled = poolTestDatabase(4);
  let sql: PoolSql;

  before(() => {
    sql = pooled.sql;
  });

  const recorded = async (uuid: string): Promise<number> =>
    Number((await sql.rows<{ n: number }>("SELECT COUNT(*) AS n FROM event_objects WHERE object_type = 'network' AND object_uuid = ?", [uuid]))[0]?.n);

  it('keeps a batch MariaDB refused and writes every event exactly once when it is back', async () => {
    const { sql: through, down } = flaky(sql);
    const audit = new AuditBuffer(through, quietLogger, 'test-host', { flushMs: 60_000, batch: 200 });
    try {
      for (let i = 0; i < 450; i += 1) audit.record({ owner: owner('outage'), message: `allocated vxlan ${i}`, extra: { pool: 'vxlan', value: String(i) } });
      down.now = true;
      await audit.flush();
      assert.equal(audit.backlog, 450, 'nothing is dropped while MariaDB is away');
      down.now = false;
      await audit.flush();
      assert.equal(audit.backlog, 0);
      assert.equal(await recorded('outage'), 450);
    } finally {
      await audit.close();
    }
  });

  it('past the high-water mark a call waits for room, and is refused as unavailable only if MariaDB never takes the backlog', async () => {
    const { sql: through, down } = flaky(sql);
    const audit = new AuditBuffer(through, quietLogger, 'test-host', { flushMs: 20, batch: 5, highWater: 10, roomTimeoutMs: 1000 });
    try {
      down.now = true;
      for (let i = 0; i < 10; i += 1) audit.record({ owner: owner('backlog'), message: `allocated mac ${i}`, extra: {} });
      await assert.rejects(audit.room(), DatabaseUnavailableError);
      assert.equal(audit.backlog, 10, 'the backlog is kept, not dropped');
      const waiting = audit.room();
      await sleep(50);
      down.now = false;
      await waiting;
      assert.ok(audit.backlog < 10);
    } finally {
      await audit.close();
    }
    assert.equal(await recorded('backlog'), 10, 'close writes what is left');
  });
});

describe('audit writer limits', function () {
  this.timeout(60_000);
  const pooled = poolTestDatabase(2);

  it('a call waiting for room is refused in time even while MariaDB hangs', async () => {
    const audit = new AuditBuffer(hung, quietLogger, 'test-host', { flushMs: 20, highWater: 3, roomTimeoutMs: 200 });
    for (let i = 0; i < 3; i += 1) audit.record({ owner: owner('hung'), message: `allocated mac ${i}`, extra: {} });
    await assert.rejects(audit.room(), DatabaseUnavailableError);
    // Its timer stops; the flush stuck on the hung statement stays stuck, harmlessly.
    void audit.close();
  });

  it('a crowd of callers waiting for room: every event written once, a batch per statement', async () => {
    let statements = 0;
    const inner = pooled.sql;
    const counted: Sql = {
      rows: (q, p) => inner.rows(q, p),
      exec: (q, p) => inner.exec(q, p),
      textRows: (q, p) => ((statements += 1), inner.textRows(q, p)),
      textExec: (q, p) => ((statements += 1), inner.textExec(q, p)),
      transaction: (work) => inner.transaction(work),
      afterCommit: (fn) => inner.afterCommit(fn),
    };
    const audit = new AuditBuffer(counted, quietLogger, 'test-host', { flushMs: 60_000, batch: 10, highWater: 30 });
    for (let i = 0; i < 30; i += 1) audit.record({ owner: owner('crowd'), message: `allocated mac ${i}`, extra: {} });
    await Promise.all(Array.from({ length: 50 }, () => audit.room()));
    await audit.close();
    assert.equal(audit.backlog, 0);
    assert.equal(statements, 3, 'three batches of ten, written once each');
  });

  it('one event MariaDB refuses costs only itself, not its batch', async () => {
    const audit = new AuditBuffer(pooled.sql, quietLogger, 'test-host', { flushMs: 60_000 });
    audit.record({ owner: owner('mixed'), message: 'allocated vxlan 1', extra: {} });
    audit.record({ owner: owner(''), message: 'an event that names no object', extra: {} });
    audit.record({ owner: owner('mixed'), message: 'allocated vxlan 2', extra: {} });
    await audit.close();
    assert.equal(audit.backlog, 0);
    const [row] = await pooled.sql.rows<{ n: number }>("SELECT COUNT(*) AS n FROM event_objects WHERE object_type = 'network' AND object_uuid = 'mixed'");
    assert.equal(Number(row?.n), 2);
  });
});

describe('allocations through the tier are audited (real process, real MariaDB)', function () {
  this.timeout(60_000);
  const served = serveTestDatabase(async () => undefined);
  let client: DatabaseClient;
  before(() => {
    client = served.client;
  });

  /** The audit messages of an owner, waiting for the tier's writer (it writes every quarter second). */
  async function messages(uuid: string, want: number): Promise<string[]> {
    for (let i = 0; ; i += 1) {
      const { events } = await client.events.forObject({ object_type: 'network', object_uuid: uuid, limit: 100 });
      if (events.length >= want || i > 40) return events.map((e) => e.message ?? '').sort();
      await sleep(100);
    }
  }

  it('a batched allocation, a single one and a release each leave their audit event for the owner', async () => {
    const uuids = Array.from({ length: 4 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
    const batched = await Promise.all(uuids.map((uuid) => client.allocations.allocate({ pool: 'vxlan', owner: owner(uuid), purpose: 'vni', ttl_seconds: 0 })));
    const single = await client.allocations.allocate({ pool: 'mac', owner: owner(uuids[0] ?? ''), purpose: 'mac', ttl_seconds: 0 }, { deadlineMs: 10_000 });
    assert.equal(await client.allocations.release('mac', single.value, owner(uuids[0] ?? '')), true);
    assert.deepEqual(await messages(uuids[0] ?? '', 3), [`allocated mac ${single.value}`, `allocated vxlan ${batched[0]?.value}`, `released mac ${single.value}`].sort());
    for (const [k, uuid] of uuids.slice(1).entries()) assert.deepEqual(await messages(uuid, 1), [`allocated vxlan ${batched[k + 1]?.value}`]);
  });
});
