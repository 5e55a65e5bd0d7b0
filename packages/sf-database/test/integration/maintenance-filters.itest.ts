import assert from 'node:assert/strict';
import { InvalidStateTransitionError } from '@sf/common';
import type { DatabaseClient } from '@sf/database-client';
import type { PoolSql } from '../../src/internal/sql.js';
import { serveTestDatabase } from '../support/served-database.js';

/**
 * What the maintainer asks of the tier (revision 7): lists narrowed by the
 * age of an object's state and by the work queued for it, and failing a
 * create only once its state is old enough, all by the database's clock.
 */
describe('sf-database filters and ages for the maintainer (real process, real MariaDB)', function () {
  this.timeout(60_000);
  const served = serveTestDatabase(async (client) => {
    await client.namespaces.create('mf');
  });
  let client: DatabaseClient;
  let sql: PoolSql;
  before(() => {
    ({ client, sql } = served);
  });

  const HOUR = 3600;
  /** Moves an object's last change back, as if it had happened that long ago. */
  const age = (table: string, key: string, seconds: number) =>
    sql.exec(`UPDATE ${table} SET state_updated = NOW(6) - INTERVAL ? SECOND WHERE ${table === 'namespaces' ? 'name' : 'uuid'} = ?`, [seconds, key]);
  /** Moves an operation's creation back. */
  const queuedAgo = (uuid: string, seconds: number) => sql.exec('UPDATE cluster_operations SET created = NOW(6) - INTERVAL ? SECOND WHERE uuid = ?', [seconds, uuid]);
  const recent = (err: unknown) => err instanceof InvalidStateTransitionError && err.code === 'SF_ERR_INVALID_STATE_RECENT';

  async function enqueue(objectType: 'instance' | 'network', uuid: string, operationType: string, node: string): Promise<string> {
    const reply = await client.operations.enqueue({ operation_type: operationType, namespace: 'mf', target_node: node, payload_json: JSON.stringify({ uuid }), targets: [{ object_type: objectType, object_uuid: uuid }] });
    return reply.operation?.uuid ?? '';
  }
  async function finishWork(node: string): Promise<void> {
    for (const op of await client.operations.claim(node, { limit: 10 })) await client.operations.complete(op.uuid, node);
  }
  const uuidsOf = (items: Array<{ uuid: string }>) => items.map((i) => i.uuid).sort();

  it('lists networks by whether they still name a VNI (revision 8)', async () => {
    const holding = await client.networks.create({ namespace: 'mf', name: 'holds', netblock: '10.63.0.0/24', vxid: 6301 });
    const released = await client.networks.create({ namespace: 'mf', name: 'released', netblock: '10.63.1.0/24' });
    for (const net of [holding, released]) await client.networks.transition(net.uuid, 'error');
    const listed = await client.networks.list({ namespace: 'mf', states: ['error'], holds_vni: true });
    assert.deepEqual(uuidsOf(listed.networks), [holding.uuid]);
    assert.deepEqual(uuidsOf((await client.networks.list({ namespace: 'mf', states: ['error'] })).networks), uuidsOf([holding, released]), 'control');
  });

  it('lists instances by the age of their state and whether work was ever queued for them', async () => {
    const fresh = await client.instances.create({ namespace: 'mf', name: 'fresh', cpus: 1, memory_mib: 64 });
    const abandoned = await client.instances.create({ namespace: 'mf', name: 'abandoned', cpus: 1, memory_mib: 64 });
    const waiting = await client.instances.create({ namespace: 'mf', name: 'waiting', cpus: 1, memory_mib: 64 });
    await enqueue('instance', waiting.uuid, 'instance.create', 'mf-busy');
    await age('instances', abandoned.uuid, HOUR);
    await age('instances', waiting.uuid, HOUR);

    const all = await client.instances.list({ namespace: 'mf', states: ['initial'] });
    assert.deepEqual(uuidsOf(all.instances), uuidsOf([fresh, abandoned, waiting]), 'no filter asked, none applied');
    const old = await client.instances.list({ namespace: 'mf', states: ['initial'], min_state_age_seconds: 600 });
    assert.deepEqual(uuidsOf(old.instances), uuidsOf([abandoned, waiting]));
    const candidates = await client.instances.list({ namespace: 'mf', states: ['initial'], min_state_age_seconds: 600, never_queued: true });
    assert.deepEqual(uuidsOf(candidates.instances), [abandoned.uuid], 'one queued for a busy node waits for it');
  });

  it('lists objects idle since their state changed: nothing pending, nothing queued since that change', async () => {
    // Torn down once before this delete (its teardown ran before the state change): idle, its teardown abandoned.
    const before = await client.instances.create({ namespace: 'mf', name: 'queued-before', cpus: 1, memory_mib: 64 });
    const earlier = await enqueue('instance', before.uuid, 'instance.create', 'mf-idle');
    await finishWork('mf-idle');
    await client.instances.transition(before.uuid, 'delete-wait');
    // Its teardown queued after the state change, and finished: not idle.
    const since = await client.instances.create({ namespace: 'mf', name: 'queued-since', cpus: 1, memory_mib: 64 });
    await client.instances.transition(since.uuid, 'delete-wait');
    await enqueue('instance', since.uuid, 'instance.delete', 'mf-idle');
    await finishWork('mf-idle');
    // Work still pending from before the change: not idle.
    const pending = await client.instances.create({ namespace: 'mf', name: 'pending', cpus: 1, memory_mib: 64 });
    const stuck = await enqueue('instance', pending.uuid, 'instance.create', 'mf-dead');
    await client.instances.transition(pending.uuid, 'delete-wait');
    for (const vm of [before, since, pending]) await age('instances', vm.uuid, HOUR);
    await queuedAgo(earlier, 2 * HOUR);
    await queuedAgo(stuck, 2 * HOUR);

    const idle = await client.instances.list({ namespace: 'mf', states: ['delete-wait'], min_state_age_seconds: 600, idle_since_state_change: true });
    assert.deepEqual(uuidsOf(idle.instances), [before.uuid]);

    // A network's teardown is queued just before its delete-wait; one that ran while interfaces remained does not count.
    const net = await client.networks.create({ namespace: 'mf', name: 'retired', netblock: '10.61.0.0/24' });
    await client.networks.transition(net.uuid, 'created');
    const teardown = await client.operations.enqueue({
      operation_type: 'network.delete', namespace: 'mf', target_role: 'network', payload_json: JSON.stringify({ network_uuid: net.uuid }), targets: [{ object_type: 'network', object_uuid: net.uuid }],
    });
    await client.networks.transition(net.uuid, 'delete-wait');
    const fresh = await client.networks.list({ namespace: 'mf', states: ['delete-wait'], min_state_age_seconds: 600, idle_since_state_change: true });
    assert.deepEqual(fresh.networks, [], 'too recent');
    await age('networks', net.uuid, HOUR);
    await queuedAgo(teardown.operation?.uuid ?? '', HOUR + 1);
    assert.deepEqual(uuidsOf((await client.networks.list({ namespace: 'mf', states: ['delete-wait'], min_state_age_seconds: 600, idle_since_state_change: true })).networks), [], 'its teardown is still pending');
    for (const op of await client.operations.claim('mf-net', { roles: ['network'], limit: 10 })) await client.operations.complete(op.uuid, 'mf-net');
    const idleNets = await client.networks.list({ namespace: 'mf', states: ['delete-wait'], min_state_age_seconds: 600, idle_since_state_change: true });
    assert.deepEqual(uuidsOf(idleNets.networks), [net.uuid]);
    assert.deepEqual((await client.networks.list({ namespace: 'mf', states: ['delete-wait'], never_queued: true })).networks, []);
  });

  it('lists namespaces by the age of their state', async () => {
    await client.namespaces.create('mf-old');
    await client.namespaces.create('mf-new');
    await client.namespaces.transition('mf-old', 'deleted');
    await client.namespaces.transition('mf-new', 'deleted');
    await age('namespaces', 'mf-old', HOUR);
    const { namespaces } = await client.namespaces.list({ states: ['deleted'], min_state_age_seconds: 600 });
    assert.deepEqual(namespaces.map((n) => n.name), ['mf-old']);
  });

  it('fails a create only once its state is older than the minimum age asked, by the database clock', async () => {
    const vm = await client.instances.create({ namespace: 'mf', name: 'slow-create', cpus: 1, memory_mib: 64 });
    await assert.rejects(client.instances.failCreate(vm.uuid, { errorMessage: 'abandoned', minAgeSeconds: 600 }), recent);
    assert.equal((await client.instances.get(vm.uuid)).state, 'initial', 'a create still running is left alone');
    await age('instances', vm.uuid, 601);
    assert.equal((await client.instances.failCreate(vm.uuid, { errorMessage: 'abandoned', minAgeSeconds: 600 })).state, 'error');

    const net = await client.networks.create({ namespace: 'mf', name: 'slow-net', netblock: '10.62.0.0/24' });
    await assert.rejects(client.networks.failCreate(net.uuid, { errorMessage: 'abandoned', minAgeSeconds: 600 }), recent);
    assert.equal((await client.networks.get(net.uuid)).state, 'initial');
    await age('networks', net.uuid, 601);
    assert.equal((await client.networks.failCreate(net.uuid, { errorMessage: 'abandoned', minAgeSeconds: 600 })).state, 'error');
    const now = await client.instances.create({ namespace: 'mf', name: 'no-age-asked', cpus: 1, memory_mib: 64 });
    assert.equal((await client.instances.failCreate(now.uuid)).state, 'error', 'without a minimum age, at once as before');
  });
});
