import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { AlreadyExistsError, InvalidStateTransitionError, NotFoundError } from '@sf/common';
import type { DatabaseClient } from '@sf/database-client';
import type { PoolSql } from '../../src/internal/sql.js';
import { serveTestDatabase } from '../support/served-database.js';

/** Purging deleted objects after their delay, and never while they hold anything, through the real client. */
describe('sf-database purge of deleted objects (real process, real MariaDB)', function () {
  this.timeout(60_000);
  const served = serveTestDatabase(async (client) => {
    await client.namespaces.create('alpha');
    await client.nodes.register({ name: 'n-purge', fqdn: 'n-purge', mesh_ip: '127.0.0.1', cpus: 8, memory_mib: 8192, disk_gib: 80 });
    await client.scheduling.setNodeLimits('n-purge', { cpus: 8, memory_mib: 8192, disk_gib: 80 });
  });
  let client: DatabaseClient;
  let sql: PoolSql;
  before(() => {
    ({ client, sql } = served);
  });

  const HOUR = 3600;
  const held = (what: RegExp) => (err: unknown) => err instanceof InvalidStateTransitionError && err.code === 'SF_ERR_INVALID_STATE_HELD' && what.test(err.message);
  const recent = (err: unknown) => err instanceof InvalidStateTransitionError && err.code === 'SF_ERR_INVALID_STATE_RECENT';
  /** Moves an object's last change back, as if it had been deleted that long ago. */
  const age = (table: string, key: string, seconds: number) =>
    sql.exec(`UPDATE ${table} SET state_updated = NOW(6) - INTERVAL ? SECOND WHERE ${table === 'namespaces' ? 'name' : 'uuid'} = ?`, [seconds, key]);
  const rowCount = async (query: string, params: string[]) => Number((await sql.rows<{ n: number }>(query, params))[0]?.n ?? 0);

  /** A network as its worker leaves it: interfaces join only a created one. */
  async function createdNetwork(name: string, netblock: string) {
    const net = await client.networks.create({ namespace: 'alpha', name, netblock });
    return client.networks.transition(net.uuid, 'created');
  }

  /** An instance with an interface, metadata on both, a MAC and a reservation, as a create leaves it. */
  async function holding(networkUuid: string, mac: string) {
    const vm = await client.instances.create({ namespace: 'alpha', name: 'purged', cpus: 1, memory_mib: 64 });
    const nic = await client.networkInterfaces.create({ namespace: 'alpha', network_uuid: networkUuid, instance_uuid: vm.uuid, macaddr: mac, order: 0 });
    await client.allocations.allocate({ pool: 'mac', owner: { type: 'network_interface', uuid: nic.uuid }, purpose: 'macaddr', value: mac, ttl_seconds: 0 });
    await client.scheduling.place('alpha', [{ instance_uuid: vm.uuid, cpus: 1, memory_mib: 64, disk_gib: 1 }], ['n-purge'], 600);
    await client.metadata.set({ objectType: 'instance', objectRef: vm.uuid, namespace: 'alpha' }, 'role', '"web"');
    await client.metadata.set({ objectType: 'network_interface', objectRef: nic.uuid, namespace: 'alpha' }, 'tier', '"front"');
    return { vm, nic };
  }

  it('purges a deleted instance with its interfaces, their metadata and its released reservation, only after the delay', async () => {
    const net = await createdNetwork('purge-a', '10.40.0.0/24');
    const { vm, nic } = await holding(net.uuid, '02:00:00:00:40:01');
    await assert.rejects(client.instances.purge(vm.uuid), (err: unknown) => err instanceof InvalidStateTransitionError && /is initial/.test(err.message));
    await client.instances.finishUnplacedDelete(vm.uuid, { namespace: 'alpha', fromStates: ['initial'] });

    await assert.rejects(client.instances.purge(vm.uuid, { minAgeSeconds: HOUR }), recent, 'a client may still be polling for deleted');
    await age('instances', vm.uuid, HOUR + 5);
    await assert.rejects(client.instances.purge(vm.uuid, { namespace: 'beta', minAgeSeconds: HOUR }), NotFoundError);
    assert.deepEqual(await client.instances.purge(vm.uuid, { namespace: 'alpha', minAgeSeconds: HOUR }), { ok: true });

    await assert.rejects(client.instances.get(vm.uuid), NotFoundError);
    await assert.rejects(client.networkInterfaces.get(nic.uuid), NotFoundError);
    assert.equal(await rowCount('SELECT COUNT(*) AS n FROM object_metadata WHERE object_ref IN (?, ?)', [vm.uuid, nic.uuid]), 0);
    assert.equal(await rowCount('SELECT COUNT(*) AS n FROM node_reservations WHERE instance_uuid = ?', [vm.uuid]), 0);
    await assert.rejects(client.instances.purge(vm.uuid), NotFoundError, 'a second purge finds nothing');
  });

  it('refuses while the deleted instance holds a reservation, an allocation, a live interface or unfinished work', async () => {
    const net = await createdNetwork('purge-b', '10.41.0.0/24');
    const { vm, nic } = await holding(net.uuid, '02:00:00:00:41:01');
    // As a buggy or killed path could leave it: deleted, with everything still held.
    await client.instances.transition(vm.uuid, 'deleted');
    await age('instances', vm.uuid, HOUR + 5);
    await assert.rejects(client.instances.purge(vm.uuid, { minAgeSeconds: HOUR }), held(/reservation .*interface .*\(initial\).*allocation mac 02:00:00:00:41:01/));

    await client.scheduling.release(vm.uuid);
    await client.networkInterfaces.transition(nic.uuid, 'deleted');
    await assert.rejects(client.instances.purge(vm.uuid, { minAgeSeconds: HOUR }), held(/allocation mac/));
    await client.allocations.releaseOwner({ type: 'network_interface', uuid: nic.uuid });

    const { operation } = await client.operations.enqueue({
      operation_type: 'instance.delete', target_node: 'n-purge', payload_json: '{}', targets: [{ object_type: 'instance', object_uuid: vm.uuid }],
    });
    await assert.rejects(client.instances.purge(vm.uuid, { minAgeSeconds: HOUR }), held(/operation/));
    const [claimed] = await client.operations.claim('n-purge', { leaseSeconds: 60 });
    assert.equal(claimed?.uuid, operation?.uuid);
    await assert.rejects(client.instances.purge(vm.uuid, { minAgeSeconds: HOUR }), held(/operation/), 'running work holds it too');
    await client.operations.complete(operation?.uuid ?? '', 'n-purge');

    assert.deepEqual(await client.instances.purge(vm.uuid, { minAgeSeconds: HOUR }), { ok: true });
    assert.equal(await rowCount('SELECT COUNT(*) AS n FROM object_metadata WHERE object_ref IN (?, ?)', [vm.uuid, nic.uuid]), 0);
    assert.equal(await client.operations.everQueued('instance', vm.uuid, ''), false, 'a create retried under the same uuid finds no old work');
    assert.equal(await rowCount('SELECT COUNT(*) AS n FROM cluster_operations WHERE uuid = ?', [operation?.uuid ?? '']), 1, 'the finished operation itself stays');
  });

  it('purges a deleted network only once its VNI is given back and no interface row names it', async () => {
    const net = await createdNetwork('purge-c', '10.42.0.0/24');
    const vni = await client.allocations.allocate({ pool: 'vxlan', owner: { type: 'network', uuid: net.uuid }, purpose: 'vxid', ttl_seconds: 0 });
    await client.networks.update({ uuid: net.uuid, vxid: Number(vni.value) });
    await client.metadata.set({ objectType: 'network', objectRef: net.uuid, namespace: 'alpha' }, 'owner', '"ops"');
    const { vm } = await holding(net.uuid, '02:00:00:00:42:01');
    await client.instances.finishUnplacedDelete(vm.uuid, { namespace: 'alpha', fromStates: ['initial'] });
    await client.networks.transition(net.uuid, 'deleted');
    await age('networks', net.uuid, HOUR + 5);

    await assert.rejects(client.networks.purge(net.uuid, { minAgeSeconds: HOUR }), held(new RegExp(`vni ${vni.value}.*1 interface row.*allocation vxlan ${vni.value}`)));
    // The network worker's part, after its teardown: the VNI given back and cleared.
    await client.allocations.releaseOwner({ type: 'network', uuid: net.uuid });
    await client.networks.update({ uuid: net.uuid, vxid: 0 });
    await assert.rejects(client.networks.purge(net.uuid, { minAgeSeconds: HOUR }), held(/1 interface row/), 'the deleted instance still names it');

    await age('instances', vm.uuid, HOUR + 5);
    await client.instances.purge(vm.uuid, { minAgeSeconds: HOUR });
    assert.deepEqual(await client.networks.purge(net.uuid, { minAgeSeconds: HOUR }), { ok: true });
    await assert.rejects(client.networks.get(net.uuid), NotFoundError);
    assert.equal(await rowCount('SELECT COUNT(*) AS n FROM object_metadata WHERE object_ref = ?', [net.uuid]), 0);
  });

  it('purges a deleted namespace once no object names it, which frees its name', async () => {
    await client.namespaces.create('gone');
    await client.namespaces.setKey('gone', 'k', 'hash-of-a-key');
    const stored = { requestKey: 'f'.repeat(64), namespace: 'gone', status: 200, responseJson: '{"uuid":"x"}', ttlSeconds: 86400 };
    await client.apiRequests.put(stored);
    await client.metadata.set({ objectType: 'namespace', objectRef: 'gone', namespace: 'gone' }, 'team', '"x"');
    const net = await client.networks.create({ namespace: 'gone', name: 'left', netblock: '10.43.0.0/24' });
    await client.networks.transition(net.uuid, 'deleted');
    await client.namespaces.transition('gone', 'deleted');
    await assert.rejects(client.namespaces.create('gone'), AlreadyExistsError, 'a deleted name is refused until purged');
    await assert.rejects(client.namespaces.purge('gone', { minAgeSeconds: HOUR }), recent);
    await age('namespaces', 'gone', HOUR + 5);
    await assert.rejects(client.namespaces.purge('gone', { minAgeSeconds: HOUR }), held(/1 networks row/));

    await age('networks', net.uuid, HOUR + 5);
    await client.networks.purge(net.uuid, { minAgeSeconds: HOUR });
    assert.deepEqual(await client.namespaces.purge('gone', { minAgeSeconds: HOUR }), { ok: true });
    assert.equal(await rowCount('SELECT COUNT(*) AS n FROM namespace_keys WHERE namespace = ?', ['gone']), 0);
    assert.equal(await rowCount('SELECT COUNT(*) AS n FROM api_requests WHERE namespace = ?', ['gone']), 0, 'no stored reply answers a namespace made again under the name');
    assert.equal(await rowCount('SELECT COUNT(*) AS n FROM object_metadata WHERE object_type = ? AND object_ref = ?', ['namespace', 'gone']), 0);
    assert.equal((await client.namespaces.create('gone')).state, 'created', 'the name is free again');
  });

  it('refuses an object another namespace owns as not found, and a live one by its state', async () => {
    const net = await client.networks.create({ namespace: 'alpha', name: 'purge-e', netblock: '10.44.0.0/24' });
    await assert.rejects(client.networks.purge(net.uuid, { namespace: 'beta' }), NotFoundError);
    await assert.rejects(client.networks.purge(net.uuid), (err: unknown) => err instanceof InvalidStateTransitionError && /is initial/.test(err.message));
    await assert.rejects(client.networks.purge(randomUUID()), NotFoundError);
  });

  it("the tier's connection pool runs its sessions in UTC, whatever the server's zone", async () => {
    const [row] = await sql.rows<{ tz: string }>('SELECT @@session.time_zone AS tz');
    assert.equal(row?.tz, '+00:00');
  });
});
