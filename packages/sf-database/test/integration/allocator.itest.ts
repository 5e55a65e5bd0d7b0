import assert from 'node:assert/strict';
import { AlreadyExistsError, InsufficientCapacityError, NotFoundError, ValidationError } from '@sf/common';
import { Allocator, PoolCatalog, type AuditSink } from '../../src/allocator/allocator.js';
import { DEFAULT_POOL_SETTINGS } from '../../src/allocator/pools.js';
import { PoolSql, type Sql } from '../../src/internal/sql.js';
import { spySql } from '../support/spy-sql.js';
import { createMigratedTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('generic allocator (real MariaDB)', function () {
  this.timeout(120000);
  let db: TestDatabase;
  let sql: PoolSql;
  const audited: string[] = [];
  const audit: AuditSink = (event) => audited.push(event.message);

  before(async () => {
    db = await createMigratedTestDatabase();
    sql = PoolSql.create({ ...db.config, pool_size: 20 });
    await sql.exec("INSERT INTO namespaces (name, state) VALUES ('ns1', 'created')");
  });
  after(async () => {
    await sql?.end();
    await db?.drop();
  });

  it('exhausts a dense pool of 5,000 values from 16 concurrent callers: 5,000 distinct values, then the typed error', async () => {
    const allocator = new Allocator(sql, new PoolCatalog({ consolePorts: { min: 30000, max: 34999 } }));
    const got: string[] = [];
    const errors: unknown[] = [];
    await Promise.all(
      Array.from({ length: 16 }, async (_, caller) => {
        for (let n = 0; ; n += 1) {
          try {
            const allocation = await allocator.allocate({ pool: 'console_port:node1', owner: { type: 'instance', uuid: `caller-${caller}-${n}` }, purpose: 'console', ttlSeconds: 0 });
            got.push(allocation.value);
          } catch (err) {
            errors.push(err);
            return;
          }
        }
      }),
    );
    assert.equal(got.length, 5000);
    assert.equal(new Set(got).size, 5000);
    assert.equal(errors.length, 16);
    for (const err of errors) assert.ok(err instanceof InsufficientCapacityError, String(err));
    const [usage] = await allocator.usage('console_port:node1');
    assert.deepEqual(usage, { pool: 'console_port:node1', size: 5000, used: 5000, leased: 0, expired: 0 });
  });

  it('hands out distinct VXLAN ids concurrently, and refuses a value in use', async () => {
    const allocator = new Allocator(sql, new PoolCatalog(DEFAULT_POOL_SETTINGS), audit);
    const values = await Promise.all(
      Array.from({ length: 200 }, (_, i) => allocator.allocate({ pool: 'vxlan', owner: { type: 'network', uuid: `net-${i}` }, purpose: 'vni', ttlSeconds: 0 }).then((a) => a.value)),
    );
    assert.equal(new Set(values).size, 200);
    for (const value of values) assert.ok(Number(value) >= 1 && Number(value) <= 16_777_215);
    await assert.rejects(
      allocator.allocate({ pool: 'vxlan', owner: { type: 'network', uuid: 'other' }, purpose: 'vni', ttlSeconds: 0, value: values[0] }),
      (err: unknown) => err instanceof AlreadyExistsError && /in use/.test(err.message),
    );
    assert.ok(audited.some((message) => message === `allocated vxlan ${values[0]}`));
  });

  it('gives a retried allocation the value the first one took (one value per owner, pool and purpose)', async () => {
    const allocator = new Allocator(sql, new PoolCatalog(DEFAULT_POOL_SETTINGS), audit);
    const owner = { type: 'instance', uuid: 'retried' };
    const [a, b] = await Promise.all([0, 1].map(() => allocator.allocate({ pool: 'console_port:node2', owner, purpose: 'console', ttlSeconds: 0 })));
    assert.equal(a?.value, b?.value);
    const vdi = await allocator.allocate({ pool: 'console_port:node2', owner, purpose: 'vdi', ttlSeconds: 0 });
    assert.notEqual(vdi.value, a?.value, 'another purpose takes another value (the control)');
    assert.equal((await allocator.allocate({ pool: 'console_port:node2', owner, purpose: 'vdi', ttlSeconds: 0, value: vdi.value })).value, vdi.value);
    await assert.rejects(allocator.allocate({ pool: 'console_port:node2', owner, purpose: 'vdi', ttlSeconds: 0, value: a?.value }), AlreadyExistsError);
  });

  it('allocates a batch in one statement, each item settled on its own', async () => {
    let batchInserts = 0;
    const spy = spySql(sql, (q) => {
      if (q.includes('INSERT IGNORE INTO resource_pool_allocations')) batchInserts += 1;
    });
    const allocator = new Allocator(spy, new PoolCatalog(DEFAULT_POOL_SETTINGS), audit);
    const held = await allocator.allocate({ pool: 'vxlan', owner: { type: 'network', uuid: 'batch-held' }, purpose: 'vni', ttlSeconds: 0 });
    const twice = { pool: 'vxlan', owner: { type: 'network', uuid: 'batch-twice' }, purpose: 'vni', ttlSeconds: 0 };
    const requests = [
      ...Array.from({ length: 20 }, (_, i) => ({ pool: 'vxlan', owner: { type: 'network', uuid: `batch-${i}` }, purpose: 'vni', ttlSeconds: 0 })),
      ...Array.from({ length: 5 }, (_, i) => ({ pool: 'mac', owner: { type: 'interface', uuid: `batch-${i}` }, purpose: 'mac', ttlSeconds: 60 })),
      { pool: 'vxlan', owner: { type: 'network', uuid: 'batch-held' }, purpose: 'vni', ttlSeconds: 0 },
      { pool: 'vxlan', owner: { type: 'network', uuid: 'x'.repeat(300) }, purpose: 'vni', ttlSeconds: 0 },
      { pool: 'vxlan', owner: { type: 'network', uuid: 'batch-explicit' }, purpose: 'vni', ttlSeconds: 0, value: held.value },
      { pool: 'nonsense', owner: { type: 'network', uuid: 'batch-bad-pool' }, purpose: 'vni', ttlSeconds: 0 },
      twice,
      twice,
    ];
    const results = await allocator.allocateMany(requests);
    assert.equal(batchInserts, 1, 'the random probes went out as one statement');
    const fresh = results.slice(0, 25).map((r) => (r instanceof Error ? assert.fail(r.message) : r.value));
    assert.equal(new Set(fresh.slice(0, 20)).size, 20);
    assert.equal(new Set(fresh.slice(20)).size, 5);
    assert.equal((results[25] as { value: string }).value, held.value, 'an owner that already holds a value gets it back');
    assert.ok(results[26] instanceof ValidationError, 'an owner too long for its column is refused, never truncated');
    assert.ok(results[27] instanceof AlreadyExistsError, 'an explicit value in use is refused');
    assert.ok(results[28] instanceof ValidationError, 'an unknown pool is refused');
    const a = results[29] as { value: string };
    const b = results[30] as { value: string };
    assert.equal(a.value, b.value, 'one owner asking twice in one batch gets one value');
    const rows = await sql.rows<{ n: number }>("SELECT COUNT(*) AS n FROM resource_pool_allocations WHERE owner_uuid LIKE 'batch-%' OR owner_uuid LIKE 'xxx%'");
    assert.equal(Number(rows[0]?.n), 27, 'the held value, 25 new ones and the twice-asked one; nothing for the refused');
    for (const value of [...fresh.slice(0, 20), a.value]) {
      assert.equal(audited.filter((m) => m === `allocated vxlan ${value}`).length, 1, `allocation of ${value} audited once`);
    }
  });

  it('releases idempotently and by owner', async () => {
    const allocator = new Allocator(sql, new PoolCatalog(DEFAULT_POOL_SETTINGS), audit);
    const owner = { type: 'interface', uuid: 'if-1' };
    const mac = await allocator.allocate({ pool: 'mac', owner, purpose: 'mac', ttlSeconds: 0 });
    assert.match(mac.value, /^02:00:00(:[0-9a-f]{2}){3}$/);
    assert.equal(await allocator.release('mac', mac.value.toUpperCase(), { type: 'interface', uuid: 'someone-else' }), false);
    assert.equal(await allocator.release('mac', mac.value.toUpperCase(), owner), true);
    assert.equal(await allocator.release('mac', mac.value, owner), false);
    assert.ok(audited.includes(`released mac ${mac.value}`));

    await allocator.allocate({ pool: 'vsock_cid:node1', owner, purpose: 'vsock', ttlSeconds: 0 });
    await allocator.allocate({ pool: 'mac', owner, purpose: 'mac', ttlSeconds: 0 });
    const released = await allocator.releaseOwner(owner);
    assert.equal(released.length, 2);
    assert.deepEqual(await allocator.releaseOwner(owner), []);
  });

  it('takes over a lease its killed holder let lapse, and the sweep reclaims the rest', async () => {
    const allocator = new Allocator(sql, new PoolCatalog(DEFAULT_POOL_SETTINGS), audit);
    const dead = { type: 'operation', uuid: 'killed-creator' };
    const a = await allocator.allocate({ pool: 'vxlan', owner: dead, purpose: 'create-a', ttlSeconds: 60 });
    const b = await allocator.allocate({ pool: 'vxlan', owner: dead, purpose: 'create-b', ttlSeconds: 60 });
    await allocator.renew('vxlan', a.value, dead, 120);
    const alive = { type: 'network', uuid: 'alive' };
    await assert.rejects(allocator.allocate({ pool: 'vxlan', owner: alive, purpose: 'vni', ttlSeconds: 0, value: a.value }), AlreadyExistsError);

    await sql.exec("UPDATE resource_pool_allocations SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE owner_uuid = 'killed-creator'");
    const stolen = await allocator.allocate({ pool: 'vxlan', owner: alive, purpose: 'vni', ttlSeconds: 0, value: a.value });
    assert.equal(stolen.value, a.value);
    await assert.rejects(allocator.renew('vxlan', a.value, dead, 60), NotFoundError);

    const owned = { type: 'operation', uuid: 'lapsed-but-alive' };
    const c = await allocator.allocate({ pool: 'vxlan', owner: owned, purpose: 'create', ttlSeconds: 60 });
    await sql.exec("UPDATE resource_pool_allocations SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE owner_uuid = 'lapsed-but-alive'");
    const again = await allocator.allocate({ pool: 'vxlan', owner: owned, purpose: 'create', ttlSeconds: 60 });
    assert.equal(again.value, c.value, 'its owner asking again gets its value back');
    assert.ok((again.expiresAt?.getTime() ?? 0) > Date.now(), 'with the lease renewed, so nobody can steal it');
    await assert.rejects(allocator.allocate({ pool: 'vxlan', owner: alive, purpose: 'other', ttlSeconds: 0, value: c.value }), AlreadyExistsError);

    assert.equal(await allocator.reclaimExpired(), 1);
    const rows = await sql.rows<{ owner_uuid: string }>("SELECT owner_uuid FROM resource_pool_allocations WHERE pool_name = 'vxlan' AND value IN (?, ?)", [a.value, b.value]);
    assert.deepEqual(rows.map((row) => row.owner_uuid), ['alive']);
    assert.ok(audited.includes(`reclaimed expired vxlan ${b.value}`));
  });

  it('a sweep never deletes a value released and taken again between its read and its delete', async () => {
    const plain = new Allocator(sql, new PoolCatalog(DEFAULT_POOL_SETTINGS), audit);
    const gone = { type: 'operation', uuid: 'lapsed-then-released' };
    const next = { type: 'network', uuid: 'took-it-meanwhile' };
    const lease = await plain.allocate({ pool: 'vxlan', owner: gone, purpose: 'create', ttlSeconds: 60 });
    await sql.exec("UPDATE resource_pool_allocations SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE owner_uuid = 'lapsed-then-released'");
    // Between the sweep's read of lapsed leases and its delete: released, then taken by another owner, at generation 1 again.
    const racing: Sql = {
      ...spySql(sql, () => undefined),
      rows: async (q, p) => {
        const found = await sql.rows(q, p);
        if (q.includes('WHERE expires_at < NOW(6) LIMIT')) {
          await plain.releaseOwner(gone);
          await plain.allocate({ pool: 'vxlan', owner: next, purpose: 'vni', ttlSeconds: 0, value: lease.value });
        }
        return found as never;
      },
    };
    assert.equal(await new Allocator(racing, new PoolCatalog(DEFAULT_POOL_SETTINGS), audit).reclaimExpired(), 0);
    const [row] = await sql.rows<{ owner_uuid: string; generation: number }>("SELECT owner_uuid, generation FROM resource_pool_allocations WHERE pool_name = 'vxlan' AND value = ?", [lease.value]);
    assert.deepEqual([row?.owner_uuid, Number(row?.generation)], ['took-it-meanwhile', 1], 'the new owner keeps it (at the generation the lapsed one had)');
    await plain.releaseOwner(next);
  });

  it('a lease renewed with ttl 0 becomes permanent, idempotently, and is then outside every sweep', async () => {
    const allocator = new Allocator(sql, new PoolCatalog(DEFAULT_POOL_SETTINGS), audit);
    const creator = { type: 'network', uuid: 'kept-by-its-create' };
    const lease = await allocator.allocate({ pool: 'vxlan', owner: creator, purpose: 'vni', ttlSeconds: 60 });
    await allocator.renew('vxlan', lease.value, creator, 0);
    await allocator.renew('vxlan', lease.value, creator, 0);
    const [row] = await sql.rows<{ expires_at: Date | null }>("SELECT expires_at FROM resource_pool_allocations WHERE pool_name = 'vxlan' AND value = ?", [lease.value]);
    assert.equal(row?.expires_at, null);
    await assert.rejects(allocator.renew('vxlan', lease.value, creator, 60), NotFoundError, 'a permanent allocation has no lease to extend');
    await assert.rejects(allocator.renew('vxlan', lease.value, { type: 'network', uuid: 'someone-else' }, 0), NotFoundError);
    await assert.rejects(allocator.renew('vxlan', lease.value, creator, -1), ValidationError);
    const retried = await allocator.allocate({ pool: 'vxlan', owner: creator, purpose: 'vni', ttlSeconds: 60 });
    assert.equal(retried.expiresAt, null, 'a retried create asking for a lease gets its permanent value back, still permanent');
    await allocator.reclaimExpired();
    assert.equal((await allocator.allocate({ pool: 'vxlan', owner: creator, purpose: 'vni', ttlSeconds: 0 })).value, lease.value, 'still held after a sweep');
  });

  it('allocates IPv4 addresses of a network, never its network, gateway or broadcast address', async () => {
    const uuid = '6a1d4a4e-0000-4000-8000-000000000001';
    await sql.exec("INSERT INTO networks (uuid, namespace, name, netblock, state) VALUES (?, 'ns1', 'small', '10.9.8.0/29', 'created')", [uuid]);
    const allocator = new Allocator(sql, new PoolCatalog(DEFAULT_POOL_SETTINGS));
    const owner = { type: 'interface', uuid: 'if-ip' };
    const pool = `ipv4:${uuid}`;
    const got = [];
    for (let i = 0; i < 5; i += 1) got.push((await allocator.allocate({ pool, owner: { type: 'interface', uuid: `if-${i}` }, purpose: 'address', ttlSeconds: 0 })).value);
    assert.deepEqual(got.sort(), ['10.9.8.2', '10.9.8.3', '10.9.8.4', '10.9.8.5', '10.9.8.6']);
    await assert.rejects(allocator.allocate({ pool, owner: { type: 'interface', uuid: 'if-5' }, purpose: 'address', ttlSeconds: 0 }), InsufficientCapacityError);
    await assert.rejects(allocator.allocate({ pool, owner, purpose: 'address', ttlSeconds: 0, value: '10.9.8.1' }), /reserved/);
    await assert.rejects(allocator.allocate({ pool, owner, purpose: 'address', ttlSeconds: 0, value: '10.9.9.1' }), /not in 10\.9\.8\.0\/29/);
    await assert.rejects(allocator.allocate({ pool: 'ipv4:6a1d4a4e-0000-4000-8000-00000000ffff', owner, purpose: 'address', ttlSeconds: 0 }), NotFoundError);
  });

  it("lists an empty network's address pool, and one whose network is gone with its size unknown", async () => {
    const [empty, gone] = ['6a1d4a4e-0000-4000-8000-0000000000e1', '6a1d4a4e-0000-4000-8000-0000000000e2'];
    for (const [uuid, block] of [[empty, '10.9.10.0/24'], [gone, '10.9.11.0/24']]) {
      await sql.exec("INSERT INTO networks (uuid, namespace, name, netblock, state) VALUES (?, 'ns1', 'u', ?, 'created')", [uuid ?? '', block ?? '']);
    }
    await new Allocator(sql, new PoolCatalog(DEFAULT_POOL_SETTINGS)).allocate({ pool: `ipv4:${gone}`, owner: { type: 'interface', uuid: 'if-gone' }, purpose: 'address', ttlSeconds: 0 });
    await sql.exec('DELETE FROM networks WHERE uuid = ?', [gone]);
    const usage = await new Allocator(sql, new PoolCatalog(DEFAULT_POOL_SETTINGS)).usage('ipv4:6a1d4a4e-0000-4000-8000-0000000000e');
    assert.deepEqual(usage, [
      { pool: `ipv4:${empty}`, size: 256, used: 0, leased: 0, expired: 0 },
      { pool: `ipv4:${gone}`, size: -1, used: 1, leased: 0, expired: 0 },
    ]);
  });

  it('refuses bad pool names and values with a ValidationError naming them', async () => {
    const allocator = new Allocator(sql, new PoolCatalog(DEFAULT_POOL_SETTINGS));
    const owner = { type: 'x', uuid: 'y' };
    await assert.rejects(allocator.allocate({ pool: 'bogus', owner, purpose: '', ttlSeconds: 0 }), (err: unknown) => err instanceof ValidationError && /unknown kind/.test(err.message));
    await assert.rejects(allocator.allocate({ pool: 'console_port', owner, purpose: '', ttlSeconds: 0 }), /needs a scope/);
    await assert.rejects(allocator.allocate({ pool: 'vxlan', owner, purpose: '', ttlSeconds: 0, value: '0' }), /outside pool vxlan/);
    await assert.rejects(allocator.allocate({ pool: 'mac', owner, purpose: '', ttlSeconds: 0, value: 'zz' }), /not a MAC/);
    await assert.rejects(allocator.allocate({ pool: 'vxlan', owner, purpose: '', ttlSeconds: -1 }), /ttl_seconds/);
  });
});
