import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { DependencyNotReadyError, InvalidStateTransitionError, NotFoundError } from '@sf/common';
import type { DatabaseClient } from '@sf/database-client';
import type { PoolSql } from '../../src/internal/sql.js';
import { createInstance } from '../../src/resources/instance.repo.js';
import { requireLiveNamespace } from '../../src/resources/namespace.repo.js';
import { createNetworkInterface } from '../../src/resources/network-interface.repo.js';
import { requireReadyNetwork } from '../../src/resources/network.repo.js';
import { serveTestDatabase } from '../support/served-database.js';

/**
 * Deleting a namespace or a network is decided under its row lock, and the
 * creates of what it would hold read it under a shared lock: nothing lands
 * in a namespace or on a network being retired.
 */
describe('sf-database retire of namespaces and networks (real process, real MariaDB)', function () {
  this.timeout(60_000);
  const served = serveTestDatabase(async () => undefined);
  let client: DatabaseClient;
  let sql: PoolSql;
  before(() => {
    ({ client, sql } = served);
  });

  const held = (what: string[]) => (err: unknown) =>
    err instanceof InvalidStateTransitionError && err.code === 'SF_ERR_INVALID_STATE_HELD' && JSON.stringify((err.details as { held?: unknown }).held) === JSON.stringify(what);
  const namespaceGone = (err: unknown) => err instanceof NotFoundError && err.code === 'SF_ERR_NOT_FOUND_NAMESPACE';
  const vmIn = (namespace: string) => ({ namespace, name: 'vm', cpus: 1, memory_mib: 64 });
  /**
   * Until the tier's retire is waiting for the row lock the test holds, so the
   * test proves the wait rather than a retire that ran after the commit. The
   * tier connects as the same user, whose threads PROCESSLIST shows.
   */
  async function blockedOn(table: string): Promise<void> {
    for (const stopAt = Date.now() + 20_000; Date.now() < stopAt; await sleep(20)) {
      const [row] = await sql.rows<{ n: number }>(
        "SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE COMMAND IN ('Query', 'Execute') AND INFO LIKE ? AND INFO LIKE '%FOR UPDATE%'",
        [`SELECT state FROM ${table} %`],
      );
      if (Number(row?.n) > 0) return;
    }
    throw new Error(`no retire waited on ${table}`);
  }

  async function readyNetwork(namespace: string, netblock: string) {
    const net = await client.networks.create({ namespace, name: '', netblock, state: 'initial' });
    return client.networks.transition(net.uuid, 'created');
  }

  it('creates a namespace with its first key in one step, and refuses instances, networks and keys in a deleted one', async () => {
    await client.namespaces.create('ret-a', { firstKey: { name: 'deploy', hash: 'scrypt$x' } });
    assert.deepEqual((await client.namespaces.listKeys('ret-a')).map((k) => k.key_name), ['deploy']);
    const retired = await client.namespaces.retire('ret-a');
    assert.equal(retired.state, 'deleted');
    assert.deepEqual(await client.namespaces.listKeys('ret-a'), [], 'its keys went with it');
    assert.equal((await client.namespaces.retire('ret-a')).state, 'deleted', 'a second retire changes nothing');

    await assert.rejects(client.instances.create(vmIn('ret-a')), namespaceGone);
    await assert.rejects(client.networks.create({ namespace: 'ret-a', name: 'n', netblock: '10.61.0.0/24' }), namespaceGone);
    await assert.rejects(client.namespaces.setKey('ret-a', 'late', 'scrypt$y'), namespaceGone);
    await assert.rejects(client.namespaces.retire('ret-none'), NotFoundError);
    const rows = await sql.rows<{ n: number }>("SELECT COUNT(*) AS n FROM instances WHERE namespace = 'ret-a'");
    assert.equal(Number(rows[0]?.n), 0);
  });

  it('refuses to retire a namespace that holds a live instance or network, naming both; one in error holds nothing', async () => {
    await client.namespaces.create('ret-b', { firstKey: { name: 'k', hash: 'scrypt$x' } });
    const vm = await client.instances.create(vmIn('ret-b'));
    const net = await readyNetwork('ret-b', '10.62.0.0/24');
    await assert.rejects(client.namespaces.retire('ret-b'), held(['instances', 'networks']));
    assert.equal((await client.namespaces.listKeys('ret-b')).length, 1, 'a refused retire keeps the keys');

    await client.instances.failCreate(vm.uuid, { errorMessage: 'failed for the test' });
    await assert.rejects(client.namespaces.retire('ret-b'), held(['networks']));
    await client.networks.retire(net.uuid);
    assert.equal((await client.namespaces.retire('ret-b')).state, 'deleted');
  });

  it('makes a retire wait for an instance create that read the namespace first, and then counts it', async () => {
    await client.namespaces.create('ret-c');
    let retire: Promise<unknown> | undefined;
    await sql.transaction(async (tx) => {
      await requireLiveNamespace(tx, 'ret-c');
      retire = client.namespaces.retire('ret-c').catch((err: unknown) => err);
      await blockedOn('namespaces');
      await createInstance(tx, vmIn('ret-c'));
    });
    assert.ok(held(['instances'])(await retire), 'the instance created under the shared lock holds the namespace');
    assert.equal((await client.namespaces.get('ret-c')).state, 'created');
  });

  it('refuses an interface on a network that is not created, and retires a network to delete-wait or deleted under its lock', async () => {
    await client.namespaces.create('ret-d');
    const vm = await client.instances.create(vmIn('ret-d'));
    const fresh = await client.networks.create({ namespace: 'ret-d', netblock: '10.63.0.0/24' });
    assert.equal(fresh.name, '', 'a network may have no name');
    const nic = (network_uuid: string, mac: string) => ({ namespace: 'ret-d', network_uuid, instance_uuid: vm.uuid, macaddr: mac, order: 0 });
    await assert.rejects(client.networkInterfaces.create(nic(fresh.uuid, '02:00:00:00:63:01')), (err: unknown) => err instanceof DependencyNotReadyError && /initial/.test(err.message));

    const net = await readyNetwork('ret-d', '10.64.0.0/24');
    const iface = await client.networkInterfaces.create(nic(net.uuid, '02:00:00:00:64:01'));
    await assert.rejects(client.networks.retire(net.uuid, { namespace: 'ret-other' }), NotFoundError, 'another namespace sees nothing');
    assert.equal((await client.networks.retire(net.uuid, { namespace: 'ret-d' })).state, 'delete-wait');
    await assert.rejects(client.networkInterfaces.create(nic(net.uuid, '02:00:00:00:64:02')), (err: unknown) => err instanceof DependencyNotReadyError && /delete-wait/.test(err.message));
    await client.networkInterfaces.transition(iface.uuid, 'deleted');
    assert.equal((await client.networks.retire(net.uuid)).state, 'deleted');
    await assert.rejects(client.networks.retire(net.uuid), InvalidStateTransitionError, 'deleted is final');
    assert.equal((await client.networks.retire(fresh.uuid)).state, 'deleted', 'one still initial has nothing to wait for');
  });

  it('makes a network retire wait for an interface create that read the network first, and then counts it', async () => {
    await client.namespaces.create('ret-e');
    const vm = await client.instances.create(vmIn('ret-e'));
    const net = await readyNetwork('ret-e', '10.65.0.0/24');
    let retire: Promise<{ state: string }> | undefined;
    await sql.transaction(async (tx) => {
      await requireReadyNetwork(tx, net.uuid);
      retire = client.networks.retire(net.uuid);
      await blockedOn('networks');
      await createNetworkInterface(tx, { namespace: 'ret-e', network_uuid: net.uuid, instance_uuid: vm.uuid, macaddr: '02:00:00:00:65:01', order: 0 });
    });
    assert.equal((await retire)?.state, 'delete-wait');
  });

  it('tells operations queued since a time from older ones', async () => {
    await client.namespaces.create('ret-f');
    const vm = await client.instances.create(vmIn('ret-f'));
    const target = { object_type: 'instance', object_uuid: vm.uuid };
    await client.operations.enqueue({ operation_type: 'instance.delete', namespace: 'ret-f', target_node: 'n-ret', payload_json: '{}', targets: [target] });
    const later = await client.instances.transition(vm.uuid, 'delete-wait');
    assert.equal(await client.operations.everQueued('instance', vm.uuid, 'instance.delete'), true);
    assert.equal(await client.operations.queuedSince('instance', vm.uuid, 'instance.delete', later.state_updated), false, 'queued before the state changed');
    await client.operations.enqueue({ operation_type: 'instance.delete', namespace: 'ret-f', target_node: 'n-ret', payload_json: '{"again":1}', targets: [target] });
    assert.equal(await client.operations.queuedSince('instance', vm.uuid, 'instance.delete', later.state_updated), true);
  });
});
