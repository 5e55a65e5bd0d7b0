import assert from 'node:assert/strict';
import type { Operation } from '@sf/proto';
import { Allocator, PoolCatalog } from '../../src/allocator/allocator.js';
import { DEFAULT_POOL_SETTINGS } from '../../src/allocator/pools.js';
import type { PoolSql, Sql } from '../../src/internal/sql.js';
import { failInstanceCreate } from '../../src/resources/failed-create.js';
import { createNetworkInterface } from '../../src/resources/network-interface.repo.js';
import { claimOperations, completeOperation, enqueueOperation, failOperation, renewOperationLease } from '../../src/resources/operation.repo.js';
import { finishUnplacedDelete } from '../../src/resources/unplaced-delete.js';
import { Reservations } from '../../src/scheduling/reservations.js';
import { impatientSql, openTransaction, waitedForLock } from '../support/lock-probe.js';
import { poolTestDatabase } from '../support/pooled-database.js';

/**
 * What a claim, a release, a reclaim or a failed create leaves other writers
 * free to do while its transaction is open: each test holds one open and sends the
 * other writes through a connection that gives up on any lock wait.
 */
describe('lock scope of the tier\'s writes (real MariaDB)', function () {
  this.timeout(120_000);
  const pooled = poolTestDatabase(8);
  let impatient: PoolSql;
  before(async () => {
    impatient = await impatientSql(pooled.db.config);
  });
  after(async () => {
    await impatient?.end();
  });

  describe('work queue claim', () => {
    const enqueue = async (sql: Sql, target: { node?: string; role?: string }, priority: number): Promise<string> => {
      const { operation } = await enqueueOperation(sql, {
        operation_type: 'work', namespace: '', target_node: target.node ?? '', target_role: target.role ?? '', priority, payload_json: '{}',
        targets: [], no_coalesce: true, delay_seconds: 0, request_id: '', require_states: [],
      });
      return operation?.uuid ?? assert.fail('enqueued nothing');
    };
    const claim = (sql: Sql, node: string, roles: string[], limit: number) => claimOperations(sql, { node, roles, limit, lease_seconds: 0 });
    const uuids = (ops: readonly Operation[]) => ops.map((o) => o.uuid ?? '');
    /**
     * Finished work of the target, as any live queue has. Under REPEATABLE
     * READ a claim also locks the gap just before the first queued row it
     * reads, which in an index ordered by target and state lies past the
     * target's finished rows: a queue without them would put the rows other
     * claims move to `claimed` in that gap.
     */
    const history = async (target: { node?: string; role?: string }) => {
      const { sql } = pooled;
      for (let i = 0; i < 2; i += 1) await enqueue(sql, target, 30);
      const [done, failed] = await claim(sql, target.node ?? 'n-history', target.role === undefined ? [] : [target.role], 2);
      await completeOperation(sql, done?.uuid ?? '', target.node ?? 'n-history');
      await failOperation(sql, failed?.uuid ?? '', target.node ?? 'n-history', { code: '', message: 'failed', details_json: '' });
    };

    it('claimers of two nodes sharing a role both get work, and enqueues and renewals do not wait, while a claim is open', async () => {
      const { sql } = pooled;
      for (const target of [{ node: 'n5' }, { node: 'n6' }, { role: 'network' }]) await history(target);
      for (let i = 0; i < 6; i += 1) {
        await enqueue(sql, { node: 'n5' }, 20);
        await enqueue(sql, { node: 'n6' }, 20);
      }
      const roleWork: string[] = [];
      for (let i = 0; i < 12; i += 1) roleWork.push(await enqueue(sql, { role: 'network' }, 10));
      // A queue with a history, as any live one has: some of its work already running.
      const [running] = await claim(sql, 'n5', [], 1);
      const [earlier] = await claim(sql, 'n-earlier', ['network'], 1);
      const first = await openTransaction(sql, (tx) => claim(tx, 'n5', ['network'], 3));
      try {
        const second = await claim(impatient, 'n6', ['network'], 3);
        assert.deepEqual(uuids(first.result), roleWork.slice(1, 4), 'the most urgent work first, the role\'s');
        assert.deepEqual(uuids(second), roleWork.slice(4, 7), 'the next of the role\'s work, past what the open claim holds');
        await enqueue(impatient, { node: 'n5' }, 20);
        await enqueue(impatient, { role: 'network' }, 10);
        const renewed = await renewOperationLease(impatient, running?.uuid ?? '', 'n5', 120);
        assert.equal(renewed.claimed_by, 'n5');
        await assert.rejects(
          impatient.exec('UPDATE cluster_operations SET priority = 5 WHERE uuid = ?', [first.result[0]?.uuid ?? '']),
          waitedForLock,
          'the control: an operation the open claim took does make the probe wait',
        );
      } finally {
        await first.close();
      }
      assert.equal(earlier?.uuid, roleWork[0]);
    });

    it('takes lapsed leases and queued work together in queue order, up to the limit, skipping what another claim holds', async () => {
      const { sql } = pooled;
      const urgent = await enqueue(sql, { node: 'n-lapse' }, 10);
      const background = await enqueue(sql, { role: 'storage' }, 30);
      const queued: string[] = [];
      for (let i = 0; i < 3; i += 1) queued.push(await enqueue(sql, { node: 'n-lapse' }, 20));
      assert.deepEqual(uuids(await claim(sql, 'n-dead', ['storage'], 5)), [background]);
      assert.deepEqual(uuids(await claim(sql, 'n-lapse', [], 1)), [urgent]);
      await sql.exec("UPDATE cluster_operations SET lease_expires = NOW(6) - INTERVAL 1 SECOND WHERE uuid IN (?, ?)", [urgent, background]);

      const taken = await claim(sql, 'n-lapse', ['storage'], 3);
      assert.deepEqual(uuids(taken), [urgent, queued[0], queued[1]], 'the lapsed urgent one first; the lapsed background one is past the limit');
      assert.deepEqual(taken.map((o) => o.attempts), [2, 1, 1]);
      await sql.exec('UPDATE cluster_operations SET lease_expires = NOW(6) - INTERVAL 1 SECOND WHERE uuid = ?', [urgent]);

      const held = await openTransaction(sql, (tx) => claim(tx, 'n-other', ['storage'], 5));
      try {
        assert.deepEqual(uuids(held.result), [background]);
        assert.deepEqual(uuids(await claim(sql, 'n-lapse', ['storage'], 5)), [urgent, queued[2]], 'what the open claim holds is skipped');
      } finally {
        await held.close();
      }
    });
  });

  const catalog = new PoolCatalog(DEFAULT_POOL_SETTINGS);

  describe('allocator', () => {
    const nic = (n: number) => ({ type: 'network_interface', uuid: `nic-${String(n).padStart(4, '0')}` });
    const mac = (n: number) => `02:00:00:00:01:${n.toString(16).padStart(2, '0')}`;

    it('a release holding its transaction open leaves other owners free to allocate beside it', async () => {
      const allocator = new Allocator(pooled.sql, catalog);
      for (const n of [3, 5, 7]) await allocator.allocate({ pool: 'mac', owner: nic(n), purpose: 'macaddr', ttlSeconds: 0, value: mac(n) });
      await allocator.allocate({ pool: 'vsock_cid:n-alloc', owner: nic(5), purpose: 'vsock', ttlSeconds: 0 });
      const release = await openTransaction(pooled.sql, (tx) => new Allocator(tx, catalog).releaseOwner(nic(5)));
      try {
        assert.equal(release.result.length, 2);
        const probe = new Allocator(impatient, catalog);
        for (const n of [4, 6]) await probe.allocate({ pool: 'mac', owner: nic(n), purpose: 'macaddr', ttlSeconds: 0, value: mac(n) });
        await assert.rejects(
          probe.allocate({ pool: 'mac', owner: nic(9), purpose: 'macaddr', ttlSeconds: 0, value: mac(5) }),
          waitedForLock,
          'the control: the value being released does make the probe wait',
        );
      } finally {
        await release.close();
      }
      assert.equal((await allocator.allocate({ pool: 'mac', owner: nic(9), purpose: 'macaddr', ttlSeconds: 0, value: mac(5) })).value, mac(5));
    });

    it('a reclaim holding its transaction open leaves new permanent allocations and leases made permanent free', async () => {
      const network = (name: string) => ({ type: 'network', uuid: name });
      const allocator = new Allocator(pooled.sql, catalog);
      await allocator.allocate({ pool: 'vxlan', owner: network('net-permanent'), purpose: 'vni', ttlSeconds: 0, value: '100' });
      for (const value of ['200', '201']) await allocator.allocate({ pool: 'vxlan', owner: network(`net-lapsed-${value}`), purpose: 'vni', ttlSeconds: 60, value });
      await allocator.allocate({ pool: 'vxlan', owner: network('net-lease'), purpose: 'vni', ttlSeconds: 60, value: '300' });
      await pooled.sql.exec("UPDATE resource_pool_allocations SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE pool_name = 'vxlan' AND value IN ('200', '201')");
      const reclaim = await openTransaction(pooled.sql, (tx) => new Allocator(tx, catalog).reclaimExpired());
      try {
        assert.equal(reclaim.result, 2);
        const probe = new Allocator(impatient, catalog);
        // Each lands after every permanent row (the largest pool and value yet), where a range lock over the expiry index ended.
        await probe.renew('vxlan', '300', network('net-lease'), 0);
        await probe.allocate({ pool: 'vxlan', owner: network('net-new'), purpose: 'vni', ttlSeconds: 0, value: '9999999' });
        await assert.rejects(
          probe.allocate({ pool: 'vxlan', owner: network('net-taker'), purpose: 'vni', ttlSeconds: 0, value: '200' }),
          waitedForLock,
          'the control: a value being reclaimed does make the probe wait',
        );
      } finally {
        await reclaim.close();
      }
    });
  });

  describe('an instance\'s holdings given back', () => {
    const namespace = 'ns-hold';
    const network = '6a1d4a4e-0000-4000-8000-00000000a000';
    const instance = (n: number) => `6a1d4a4e-0000-4000-8000-${String(n).padStart(12, '0')}`;
    let macs = 0;
    const addInterface = async (sql: Sql, instanceUuid: string) => {
      macs += 1;
      return createNetworkInterface(sql, { namespace, network_uuid: network, instance_uuid: instanceUuid, macaddr: `02:00:00:00:02:${macs.toString(16).padStart(2, '0')}`, order: 0 });
    };
    const enqueueFor = (sql: Sql, instanceUuid: string) =>
      enqueueOperation(sql, {
        operation_type: 'instance.start', namespace, target_node: 'n-hold', target_role: '', priority: 0, payload_json: '{}',
        targets: [{ object_type: 'instance', object_uuid: instanceUuid }], no_coalesce: true, delay_seconds: 0, request_id: '', require_states: [],
      });
    const place = (sql: Sql, instanceUuid: string) =>
      new Reservations(sql).place([{ instanceUuid, namespace, cpus: 1, memoryMib: 64, diskGib: 1 }], ['n-hold'], 600);

    before(async () => {
      const { sql } = pooled;
      await sql.exec("INSERT INTO namespaces (name, state) VALUES (?, 'created')", [namespace]);
      await sql.exec("INSERT INTO nodes (name, fqdn, mesh_ip, state) VALUES ('n-hold', 'n-hold', '127.0.0.1', 'created')");
      await new Reservations(sql).setNodeLimits('n-hold', { cpus: 64, memoryMib: 65536, diskGib: 1000 });
      await sql.exec("INSERT INTO networks (uuid, namespace, name, netblock, state) VALUES (?, ?, 'hold', '10.77.0.0/24', 'created')", [network, namespace]);
    });

    /**
     * Instances n-1, n and n+1 (uuids in that order), n+1 with an interface,
     * work and a reservation: rows on each index just past n's.
     */
    const neighbours = async (n: number) => {
      const { sql } = pooled;
      for (const i of [n - 1, n, n + 1]) {
        await sql.exec("INSERT INTO instances (uuid, namespace, name, cpus, memory_mib, disk_spec, state) VALUES (?, ?, 'vm', 1, 64, '[]', 'initial')", [instance(i), namespace]);
      }
      await addInterface(sql, instance(n + 1));
      await enqueueFor(sql, instance(n + 1));
      await place(sql, instance(n + 1));
    };

    /** What other instances' creates write, sent while a transaction that gives back instance n's holdings is open. */
    const othersGoAhead = async (n: number) => {
      await place(impatient, instance(n - 1));
      for (const other of [n - 1, n + 1]) {
        await addInterface(impatient, instance(other));
        await enqueueFor(impatient, instance(other));
      }
      await assert.rejects(addInterface(impatient, instance(n)), waitedForLock, 'the control: an interface of the instance itself waits for its row lock');
    };

    it('failing a create, or deleting an unplaced instance, leaves other instances free to get interfaces, work and reservations', async () => {
      for (const [n, giveBack] of [
        [10, (tx: Sql) => failInstanceCreate(tx, { uuid: instance(10), namespace, error_message: 'gave up', interface_uuids: [], min_age_seconds: 0 }, catalog, () => undefined)],
        [20, (tx: Sql) => finishUnplacedDelete(tx, { uuid: instance(20), namespace, from_states: ['initial'] }, catalog, () => undefined)],
      ] as const) {
        await neighbours(n);
        const own = await addInterface(pooled.sql, instance(n));
        await new Allocator(pooled.sql, catalog).allocate({ pool: 'mac', owner: { type: 'network_interface', uuid: own.uuid ?? '' }, purpose: 'macaddr', ttlSeconds: 0, value: own.macaddr });
        const open = await openTransaction(pooled.sql, giveBack);
        try {
          assert.match(open.result.state ?? '', /^(error|deleted)$/);
          await othersGoAhead(n);
        } finally {
          await open.close();
        }
        const held = await pooled.sql.rows<{ n: number }>('SELECT COUNT(*) AS n FROM resource_pool_allocations WHERE owner_uuid = ?', [own.uuid ?? '']);
        assert.equal(Number(held[0]?.n), 0, 'its interface\'s MAC was given back');
      }
    });
  });
});
