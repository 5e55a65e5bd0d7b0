import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import mysql from 'mysql2/promise';
import { AlreadyExistsError, InsufficientCapacityError, InvalidStateTransitionError, NotFoundError } from '@sf/common';
import { PoolSql } from '../../src/internal/sql.js';
import type { Sql } from '../../src/internal/sql.js';
import { untilSomeoneWaits } from '../support/lock-probe.js';
import { spySql } from '../support/spy-sql.js';
import { placeEach } from '../../src/scheduling/batch-placement.js';
import { Reservations, type Demand } from '../../src/scheduling/reservations.js';
import { startPrivateMariadb, type PrivateMariadb } from '../support/private-mariadb.js';
import { createMigratedTestDatabase, type TestDatabase } from '../support/test-database.js';

const NODE_LIMITS = { cpus: 8, memoryMib: 8192, diskGib: 100 };

async function seed(sql: PoolSql, nodes: number): Promise<string[]> {
  await sql.exec("INSERT INTO namespaces (name, state) VALUES ('ns1', 'created'), ('ns2', 'created')");
  const names = Array.from({ length: nodes }, (_, i) => `node-${String(i).padStart(2, '0')}`);
  const reservations = new Reservations(sql);
  for (const name of names) {
    await sql.exec("INSERT INTO nodes (name, fqdn, mesh_ip, state) VALUES (?, ?, '127.0.0.1', 'created')", [name, name]);
    await reservations.setNodeLimits(name, NODE_LIMITS);
  }
  return names;
}

function demand(namespace = 'ns1', size = 1): Demand {
  return { instanceUuid: randomUUID(), namespace, cpus: size, memoryMib: 1024 * size, diskGib: 10 * size };
}

/** The same database, counting the batch statements and the single-placement statements sent through it. */
function counting(inner: Sql): { sql: Sql; seen: { batches: number; singles: number } } {
  const seen = { batches: 0, singles: 0 };
  const sql = spySql(inner, (q) => {
    if (q.includes('CASE c.node')) seen.batches += 1;
    else if (q.includes("'no_room'")) seen.singles += 1;
  });
  return { sql, seen };
}

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

async function counters(sql: PoolSql): Promise<Array<{ node: string; cpus_used: number; memory_mib_used: number; disk_gib_used: number }>> {
  return sql.rows('SELECT node, cpus_used, memory_mib_used, disk_gib_used FROM scheduler_node_capacity ORDER BY node');
}

for (const isolation of ['READ-COMMITTED', 'REPEATABLE-READ']) {
  describe(`reservation placement under ${isolation} (private MariaDB)`, function () {
    this.timeout(180000);
    let server: PrivateMariadb;
    let db: TestDatabase;
    let sql: PoolSql;

    before(async () => {
      // The server's own SQL mode is one a bring-your-own MariaDB may have, and sessions must not inherit.
      server = await startPrivateMariadb([`--transaction-isolation=${isolation}`, '--sql-mode=NO_BACKSLASH_ESCAPES']);
      db = await createMigratedTestDatabase(server.server);
      sql = PoolSql.create({ ...db.config, pool_size: 40 });
    });
    after(async () => {
      await sql?.end();
      await db?.drop().catch(() => undefined);
      await server?.destroy();
    });

    it('runs on the isolation level asked for', async () => {
      const [row] = await sql.rows<{ level: string }>('SELECT @@tx_isolation AS level');
      assert.equal(row?.level, isolation);
    });

    it("sends values intact by the text protocol whatever the server's SQL mode, and strictly", async () => {
      const nasty = "x' UNION SELECT VERSION() -- \\' \\";
      assert.deepEqual(await sql.textRows<{ v: string }>('SELECT ? AS v', [nasty]), [{ v: nasty }]);
      const [mode] = await sql.rows<{ session: string; server: string }>('SELECT @@SESSION.sql_mode AS session, @@GLOBAL.sql_mode AS server');
      assert.match(mode?.server ?? '', /NO_BACKSLASH_ESCAPES/, 'control: the server is set so');
      assert.doesNotMatch(mode?.session ?? '', /NO_BACKSLASH_ESCAPES/);
      assert.match(mode?.session ?? '', /STRICT_TRANS_TABLES/);
    });

    it('32 concurrent schedulers, 50 nodes, demand 2x capacity: exactly capacity granted, none over, counters match', async () => {
      const nodes = await seed(sql, 50);
      const reservations = new Reservations(sql);
      const capacity = 50 * 8;
      let granted = 0;
      let refused = 0;
      await Promise.all(
        Array.from({ length: 32 }, async () => {
          for (let i = 0; i < (2 * capacity) / 32; i += 1) {
            try {
              await reservations.place([demand()], shuffled(nodes), 300);
              granted += 1;
            } catch (err) {
              assert.ok(err instanceof InsufficientCapacityError, String(err));
              refused += 1;
            }
          }
        }),
      );
      assert.equal(granted, capacity);
      assert.equal(refused, capacity);
      for (const row of await counters(sql)) {
        assert.ok(row.cpus_used <= NODE_LIMITS.cpus && row.memory_mib_used <= NODE_LIMITS.memoryMib && row.disk_gib_used <= NODE_LIMITS.diskGib, row.node);
      }
      const [live] = await sql.rows<{ n: number }>("SELECT COUNT(*) AS n FROM node_reservations WHERE state = 'reserved'");
      assert.equal(Number(live?.n), capacity);
      assert.deepEqual(await reservations.reconcile(), [], 'used equals the sum of live reservations');
    });

    it('16 concurrent batch placers over two namespaces, demand 2x capacity: exactly capacity granted, none over, counters match', async () => {
      await sql.exec("UPDATE node_reservations SET state = 'released'");
      const reservations = new Reservations(sql);
      await reservations.reconcile();
      const nodes = (await counters(sql)).map((row) => row.node);
      const capacity = nodes.length * NODE_LIMITS.cpus;
      // Quota rows in both namespaces: every batch locks two of them, in one order.
      for (const ns of ['ns1', 'ns2']) await reservations.setQuota(ns, { cpus: 10 * capacity, memoryMib: null, diskGib: null, instances: null });
      const results = await Promise.all(
        Array.from({ length: 16 }, async () => {
          const mine: Array<unknown> = [];
          for (let i = 0; i < (2 * capacity) / 16 / 8; i += 1) {
            mine.push(...(await placeEach(sql, reservations, Array.from({ length: 8 }, (_, k) => ({ demands: [demand(k % 2 === 0 ? 'ns1' : 'ns2')], candidates: shuffled(nodes), leaseSeconds: 300 })))));
          }
          return mine;
        }),
      );
      const all = results.flat();
      for (const r of all) assert.ok(Array.isArray(r) || r instanceof InsufficientCapacityError, String(r));
      assert.equal(all.filter((r) => Array.isArray(r)).length, capacity);
      for (const row of await counters(sql)) assert.ok(row.cpus_used <= NODE_LIMITS.cpus, row.node);
      assert.deepEqual(await reservations.reconcile(), [], 'used equals the sum of live reservations');
    });

    it('concurrent releases, reaps and placements: each reservation gives its capacity back exactly once', async () => {
      await sql.exec("UPDATE node_reservations SET state = 'released'");
      const reservations = new Reservations(sql);
      await reservations.reconcile();
      const nodes = (await counters(sql)).map((row) => row.node);
      const placed = [];
      for (let i = 0; i < 48; i += 1) {
        const d = demand(i % 2 === 0 ? 'ns1' : 'ns2');
        await reservations.place([d], shuffled(nodes), 300);
        placed.push(d.instanceUuid);
      }
      const lapsed = placed.filter((_, i) => i % 3 === 0);
      await sql.textExec(`UPDATE node_reservations SET lease_expires = NOW(6) - INTERVAL 1 SECOND WHERE instance_uuid IN (${lapsed.map(() => '?').join(', ')})`, lapsed);
      const [released, reaped] = await Promise.all([
        Promise.all(placed.flatMap((uuid) => Array.from({ length: 3 }, () => reservations.release(uuid).then((ok) => (ok ? [uuid] : []))))),
        Promise.all(Array.from({ length: 3 }, () => reservations.reapExpired())),
        Promise.all(Array.from({ length: 8 }, () => reservations.place([demand()], shuffled(nodes), 300).catch((err: unknown) => assert.ok(err instanceof InsufficientCapacityError, String(err))))),
      ]);
      const freed = [...released.flat(), ...reaped.flat()].sort();
      assert.deepEqual(freed, [...placed].sort(), 'each released once, by one release or the reaper');
      assert.deepEqual(await reservations.reconcile(), [], 'used equals the sum of live reservations: nothing given back twice');
    });

    it('a release racing a retried placement of its instance waits for the placement, without a deadlock', async () => {
      await sql.exec("UPDATE node_reservations SET state = 'released'");
      const reservations = new Reservations(sql);
      await reservations.reconcile();
      const [first, other] = (await counters(sql)).map((row) => row.node);
      await reservations.setQuota('ns1', { cpus: null, memoryMib: null, diskGib: null, instances: null });
      const d = demand();
      await reservations.place([d], [first ?? ''], 300);
      const deadlocks = async () => Number((await sql.rows<{ Value: string }>("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'"))[0]?.Value);
      const before = await deadlocks();
      // The retried placement, as PLACE_ONE_SQL runs it, on another node: that node's counters, then the quota, then the INSERT.
      const placement = await mysql.createConnection({ host: db.config.host, port: db.config.port, user: db.config.user, password: db.config.password, database: db.config.database });
      try {
        await placement.query('START TRANSACTION');
        await placement.query('UPDATE scheduler_node_capacity SET cpus_used = cpus_used + 1 WHERE node = ?', [other]);
        await placement.query("UPDATE namespace_quotas SET cpus_used = cpus_used + 1 WHERE namespace = 'ns1'");
        const release = reservations.release(d.instanceUuid);
        await untilSomeoneWaits(sql);
        await assert.rejects(
          placement.query("INSERT INTO node_reservations (uuid, instance_uuid, node, namespace, cpus, memory_mib, disk_gib, state) VALUES (UUID(), ?, ?, 'ns1', 1, 1, 1, 'reserved')", [d.instanceUuid, other]),
          (err: { errno?: number }) => err.errno === 1062,
          'the placement finds the instance still holding its reservation',
        );
        await placement.query('ROLLBACK');
        assert.equal(await release, true);
      } finally {
        await placement.end();
      }
      assert.equal(await deadlocks(), before);
      assert.deepEqual(await reservations.reconcile(), []);
    });
  });
}

describe('reservation lifecycle (real MariaDB)', function () {
  this.timeout(60000);
  let db: TestDatabase;
  let sql: PoolSql;
  let reservations: Reservations;
  let nodes: string[];

  before(async () => {
    db = await createMigratedTestDatabase();
    sql = PoolSql.create({ ...db.config, pool_size: 8 });
    nodes = await seed(sql, 2);
    reservations = new Reservations(sql);
  });
  after(async () => {
    await sql?.end();
    await db?.drop();
  });
  afterEach(async () => {
    await sql.exec("UPDATE node_reservations SET state = 'released'");
    await sql.exec('DELETE FROM namespace_quotas');
    await reservations.reconcile();
  });

  it('places a batch all-or-nothing: 10 where only 9 fit places none and leaves the counters', async () => {
    await reservations.place(Array.from({ length: 7 }, () => demand()), [nodes[0] ?? ''], 300);
    const before = await counters(sql);
    const [reservationsBefore] = await sql.rows<{ n: number }>('SELECT COUNT(*) AS n FROM node_reservations');
    const batch = Array.from({ length: 10 }, () => demand());
    await assert.rejects(reservations.place(batch, nodes, 300), InsufficientCapacityError);
    assert.deepEqual(await counters(sql), before);
    const [reservationsAfter] = await sql.rows<{ n: number }>('SELECT COUNT(*) AS n FROM node_reservations');
    assert.equal(reservationsAfter?.n, reservationsBefore?.n);
    const placed = await reservations.place(batch.slice(0, 9), nodes, 300);
    assert.equal(placed.length, 9, 'the control: nine of the same fit');
  });

  it('commits a batch in one statement: groups on several nodes, two namespaces, their quota rows counted', async () => {
    const spy = counting(sql);
    await reservations.setQuota('ns1', { cpus: 100, memoryMib: null, diskGib: null, instances: 100 });
    await reservations.setQuota('ns2', { cpus: 100, memoryMib: null, diskGib: null, instances: 100 });
    const items = Array.from({ length: 8 }, (_, i) => ({ demands: [demand(i < 4 ? 'ns1' : 'ns2')], candidates: i % 2 === 0 ? nodes : [...nodes].reverse(), leaseSeconds: 300 }));
    const results = await placeEach(spy.sql, new Reservations(spy.sql), items);
    results.forEach((r, i) => assert.ok(Array.isArray(r) && r[0]?.node === items[i]?.candidates[0], String(r)));
    assert.deepEqual(spy.seen, { batches: 1, singles: 0 }, 'one statement placed them all');
    assert.deepEqual((await counters(sql)).map((row) => row.cpus_used), [4, 4]);
    const quotas = await sql.rows<{ namespace: string; cpus_used: number; instances_used: number }>('SELECT namespace, cpus_used, instances_used FROM namespace_quotas ORDER BY namespace');
    assert.deepEqual(quotas.map((q) => [q.namespace, q.cpus_used, q.instances_used]), [['ns1', 4, 4], ['ns2', 4, 4]]);
    assert.deepEqual(await reservations.reconcile(), [], 'used equals the sum of live reservations');
  });

  it('an instance that already holds a reservation rolls its batch back; one by one then answers each exactly', async () => {
    const spy = counting(sql);
    const single = (d: Demand, candidates = nodes) => ({ demands: [d], candidates, leaseSeconds: 300 });
    const again = demand();
    const [first] = await reservations.place([again], [nodes[1] ?? ''], 300);
    const fits = Array.from({ length: 3 }, () => demand());
    const big = demand('ns1', 9);
    const results = await placeEach(spy.sql, new Reservations(spy.sql), [
      ...fits.map((d) => single(d)),
      single(again, [nodes[1] ?? '', nodes[0] ?? '']),
      single(big, []),
      { demands: [demand(), demand()], candidates: nodes, leaseSeconds: 300 },
    ]);
    assert.equal(spy.seen.batches, 1);
    for (const r of results.slice(0, 3)) assert.ok(Array.isArray(r) && r.length === 1, String(r));
    assert.deepEqual(results[3], [first], 'the instance that holds a reservation gets it back');
    assert.ok(results[4] instanceof InsufficientCapacityError, 'no candidate, no placement');
    assert.ok(Array.isArray(results[5]) && results[5].length === 2, 'a two-instance placement is placed whole');
    assert.deepEqual(await reservations.reconcile(), [], 'the rolled-back batch left no counter behind');
    assert.equal((await counters(sql)).reduce((n, row) => n + row.cpus_used, 0), 6);
  });

  it('items of a batch that share a first choice take it together when their sum fits, and walk on when it does not', async () => {
    const batch = (n: number) => Array.from({ length: n }, () => ({ demands: [demand()], candidates: nodes, leaseSeconds: 300 }));
    const together = await placeEach(sql, reservations, batch(6));
    assert.deepEqual(together.map((r) => (Array.isArray(r) ? r[0]?.node : String(r))), Array.from({ length: 6 }, () => nodes[0]));
    const spill = await placeEach(sql, reservations, batch(4));
    assert.deepEqual(spill.map((r) => (Array.isArray(r) ? r[0]?.node : String(r))).sort(), [nodes[0], nodes[0], nodes[1], nodes[1]], 'two more fit on the first node, the rest walk on');
    assert.deepEqual((await counters(sql)).map((row) => row.cpus_used), [8, 2]);
    assert.deepEqual(await reservations.reconcile(), []);
  });

  it('one full first choice does not sink its batch: the items on nodes with room are placed together, the rest walk on', async () => {
    await reservations.place(Array.from({ length: 8 }, () => demand()), [nodes[0] ?? ''], 300);
    const spy = counting(sql);
    const items = Array.from({ length: 6 }, (_, i) => ({ demands: [demand()], candidates: i < 2 ? nodes : [...nodes].reverse(), leaseSeconds: 300 }));
    const results = await placeEach(spy.sql, new Reservations(spy.sql), items);
    assert.deepEqual(results.map((r) => (Array.isArray(r) ? r[0]?.node : String(r))), Array.from({ length: 6 }, () => nodes[1]));
    assert.equal(spy.seen.batches, 2, 'the refused batch, then the four whose first choice had room, in one statement');
    assert.equal(spy.seen.singles, 4, 'the two on the full node each tried it, then the next candidate');
    assert.deepEqual((await counters(sql)).map((row) => row.cpus_used), [8, 6]);
    assert.deepEqual(await reservations.reconcile(), []);
  });

  it('a batch over a namespace quota falls back to one by one: exactly what the quota allows is placed', async () => {
    await reservations.setQuota('ns1', { cpus: 5, memoryMib: null, diskGib: null, instances: null });
    const results = await placeEach(sql, reservations, Array.from({ length: 8 }, () => ({ demands: [demand()], candidates: nodes, leaseSeconds: 300 })));
    assert.equal(results.filter((r) => Array.isArray(r)).length, 5);
    for (const r of results.filter((x) => !Array.isArray(x))) assert.ok(r instanceof InsufficientCapacityError && r.code === 'SF_ERR_INSUFFICIENT_CAPACITY_QUOTA', String(r));
    assert.deepEqual(await reservations.reconcile(), []);
  });

  it('releases a reservation whose creator died (lapsed lease) and its capacity comes back', async () => {
    const lost = demand('ns1', 8);
    await reservations.place([lost], [nodes[0] ?? ''], 0);
    const kept = demand('ns1', 1);
    await reservations.place([kept], [nodes[1] ?? ''], 0);
    await reservations.consume(kept.instanceUuid);
    await assert.rejects(reservations.place([demand('ns1', 1)], [nodes[0] ?? ''], 300), InsufficientCapacityError);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(await reservations.reapExpired(), [lost.instanceUuid], 'only the unconsumed one is reaped');
    const [row] = await counters(sql);
    assert.equal(row?.cpus_used, 0);
    await reservations.place([demand('ns1', 8)], [nodes[0] ?? ''], 300);
  });

  it('a reservation kept for its worker has no lease: the reaper leaves it until it is consumed or released', async () => {
    const queued = demand('ns1', 2);
    await reservations.place([queued], [nodes[0] ?? ''], 0);
    await reservations.renew(queued.instanceUuid, null);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(await reservations.reapExpired(), []);
    assert.equal((await counters(sql))[0]?.cpus_used, 2);
    await reservations.consume(queued.instanceUuid);
    await assert.rejects(reservations.renew(queued.instanceUuid, null), InvalidStateTransitionError, 'only a reserved one has a lease to drop');
    assert.equal(await reservations.release(queued.instanceUuid), true);
  });

  it('answers a retried placement with the first one, refuses a half-placed batch, and releases idempotently', async () => {
    const d = demand();
    const [first] = await reservations.place([d], nodes, 300);
    const before = await counters(sql);
    const [again] = await reservations.place([d], nodes, 300);
    assert.deepEqual(again, first);
    assert.deepEqual(await counters(sql), before, 'a retry takes no more capacity');
    await assert.rejects(reservations.place([d, demand()], nodes, 300), AlreadyExistsError);
    assert.equal(await reservations.release(d.instanceUuid), true);
    assert.equal(await reservations.release(d.instanceUuid), false);
    await assert.rejects(reservations.consume(d.instanceUuid), NotFoundError);
    assert.deepEqual(await reservations.reconcile(), []);
  });

  it('answers a retried placement that took the last of the quota with the first one, not with no room', async () => {
    await reservations.setQuota('ns2', { cpus: 2, memoryMib: null, diskGib: null, instances: null });
    const d = demand('ns2', 2);
    const [first] = await reservations.place([d], nodes, 300);
    assert.deepEqual(await reservations.place([d], nodes, 300), [first]);
    await reservations.release(d.instanceUuid);
    const pair = [demand('ns2', 1), demand('ns2', 1)];
    const batch = await reservations.place(pair, nodes, 300);
    assert.deepEqual(await reservations.place(pair, nodes, 300), batch);
    await assert.rejects(reservations.place([demand('ns2', 1)], nodes, 300), InsufficientCapacityError);
  });

  it('never places on a node that left service after the snapshot was taken', async () => {
    await sql.exec("UPDATE nodes SET state = 'deleted' WHERE name = ?", [nodes[0] ?? '']);
    try {
      const [placed] = await reservations.place([demand()], nodes, 300);
      assert.equal(placed?.node, nodes[1], 'the next candidate, not the deleted first one');
      await assert.rejects(reservations.place([demand()], [nodes[0] ?? ''], 300), InsufficientCapacityError);
    } finally {
      await sql.exec("UPDATE nodes SET state = 'created' WHERE name = ?", [nodes[0] ?? '']);
    }
  });

  it('enforces a namespace quota without touching node counters on refusal', async () => {
    await reservations.setQuota('ns2', { cpus: 3, memoryMib: null, diskGib: null, instances: null });
    await reservations.place([demand('ns2', 2)], nodes, 300);
    const before = await counters(sql);
    await assert.rejects(reservations.place([demand('ns2', 2)], nodes, 300), (err: unknown) => err instanceof InsufficientCapacityError && /quota/.test(err.message));
    assert.deepEqual(await counters(sql), before);
    await reservations.place([demand('ns2', 1)], nodes, 300);
    await reservations.place([demand('ns1', 2)], nodes, 300);
  });

  it('the reconciler corrects drift it finds and reports it', async () => {
    const d = demand('ns1', 2);
    const [placement] = await reservations.place([d], nodes, 300);
    await sql.exec('UPDATE scheduler_node_capacity SET cpus_used = 7 WHERE node = ?', [placement?.node ?? '']);
    const drift = await reservations.reconcile();
    assert.equal(drift.length, 1);
    assert.equal(drift[0]?.before.cpus, 7);
    assert.equal(drift[0]?.after.cpus, 2);
    assert.deepEqual(await reservations.reconcile(), []);
  });
});
