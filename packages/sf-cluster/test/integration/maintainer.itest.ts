import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { startTier, type Tier } from '@sf/tools/tier';
import { ABANDONED_AFTER, spawnMaintainer } from '../support/maintainer-process.js';
import { until } from '../support/until.js';


describe('sf-cluster maintainer (real processes, real MariaDB)', function () {
  this.timeout(120000);
  let tier: Tier;
  const daemons: ChildProcess[] = [];

  async function startDaemon(env: Record<string, string> = {}, stdio: 'ignore' | 'pipe' = 'ignore'): Promise<ChildProcess> {
    const { child } = await spawnMaintainer(tier, {
      SHAKENFIST_CLUSTER_CLEANER_DELAY_SECONDS: '2',
      SHAKENFIST_CLUSTER_PURGE_INTERVAL_SECONDS: '0.3',
      SHAKENFIST_SCHEDULER_RECONCILE_INTERVAL_SECONDS: '10',
      ...env,
    }, stdio);
    daemons.push(child);
    return child;
  }

  /**
   * Moves an object's last state change (an operation's creation) back, as
   * if it had been made that long ago: the maintainer judges age by the
   * database's clock. In UTC, as the tier's own sessions.
   */
  const age = (table: 'instances' | 'networks' | 'cluster_operations', uuid: string, seconds = ABANDONED_AFTER + 60) => {
    const column = table === 'cluster_operations' ? 'created' : 'state_updated';
    return tier.sql(`UPDATE ${table} SET ${column} = NOW(6) - INTERVAL ${seconds} SECOND WHERE uuid = '${uuid}'`);
  };
  /** Queued before the object's state changed (which age() moves back by less). */
  const EARLIER = ABANDONED_AFTER + 120;
  const pending = async (objectType: string, uuid: string) => ((await tier.client.operations.hasPending(objectType, uuid)).pending ? true : undefined);

  before(async () => {
    tier = await startTier(1);
    await tier.client.namespaces.create('ns1');
    await tier.client.nodes.register({ name: 'node-a', fqdn: 'node-a', mesh_ip: '127.0.0.1', cpus: 4, memory_mib: 4096, disk_gib: 40 });
    await tier.client.scheduling.setNodeLimits('node-a', { cpus: 4, memory_mib: 4096, disk_gib: 40 });
  });
  after(async () => {
    for (const child of daemons) child.kill('SIGKILL');
    await tier?.stop();
  });

  const holder = async (): Promise<string | undefined> => {
    const reply = await tier.client.locks.get('sf-cluster-maintainer');
    return reply.ok && reply.lock !== null && reply.lock !== undefined && reply.lock.expires_at * 1000 > Date.now() ? reply.lock.holder : undefined;
  };

  /** An instance as a create leaves it before queueing its work: a row, an interface with its MAC allocated, a reservation. */
  const instanceHolding = async (name: string, networkUuid: string, macaddr: string) => {
    const db = tier.client;
    const instance = await db.instances.create({ namespace: 'ns1', name, cpus: 1, memory_mib: 512 });
    const nic = await db.networkInterfaces.create({ namespace: 'ns1', network_uuid: networkUuid, instance_uuid: instance.uuid, macaddr, order: 0 });
    const mac = await db.allocations.allocate({ pool: 'mac', owner: { type: 'network_interface', uuid: nic.uuid }, purpose: 'macaddr', value: macaddr, ttl_seconds: 0 });
    await db.scheduling.place('ns1', [{ instance_uuid: instance.uuid, cpus: 1, memory_mib: 512, disk_gib: 1 }], ['node-a'], 600);
    return { instance, mac };
  };

  it('elects one maintainer of two, which gives back what a dead creator held', async () => {
    const first = await startDaemon();
    await until('a maintainer', holder);
    await startDaemon();
    const leader = await holder();
    assert.match(leader ?? '', new RegExp(`:${first.pid}:`));

    const instance = randomUUID();
    await tier.client.scheduling.place('ns1', [{ instance_uuid: instance, cpus: 4, memory_mib: 4096, disk_gib: 40 }], ['node-a'], 1);
    const owner = { type: 'operation', uuid: randomUUID() };
    await tier.client.allocations.allocate({ pool: 'vxlan', owner, purpose: 'create', ttl_seconds: 1 });

    await until('the reservation to be reaped', async () => {
      const [node] = await tier.client.scheduling.candidates('ns1');
      return node?.used?.cpus === 0 ? true : undefined;
    });
    await until('the lease to be reclaimed', async () => ((await tier.client.allocations.usage('vxlan')).every((p) => p.used === 0) ? true : undefined));
    assert.equal(await tier.client.scheduling.release(instance), false, 'already released by the reaper');
  });

  it('hands over to the standby when the maintainer is killed', async () => {
    const leader = await until('a maintainer', holder);
    const victim = daemons.find((child) => leader.includes(`:${child.pid}:`));
    assert.ok(victim, 'the leader is one of ours');
    victim.kill('SIGKILL');
    const next = await until('another maintainer', async () => {
      const now = await holder();
      return now !== undefined && now !== leader ? now : undefined;
    });
    assert.notEqual(next, leader);
  });
  it('fails a create its sf-api abandoned and gives back what it held, finishes a network failed half way; a create with its work queued is left alone', async () => {
    await until('a maintainer', holder);
    const db = tier.client;
    const lan = await db.networks.create({ namespace: 'ns1', name: 'lan', netblock: '10.7.0.0/24' });
    await db.networks.transition(lan.uuid, 'created');
    const { instance: abandoned, mac } = await instanceHolding('half-made', lan.uuid, '02:00:00:00:07:01');
    const queued = await db.instances.create({ namespace: 'ns1', name: 'waiting-for-its-worker', cpus: 1, memory_mib: 512 });
    await db.operations.enqueue({ operation_type: 'instance.create', namespace: 'ns1', target_node: 'node-a', payload_json: '{}', targets: [{ object_type: 'instance', object_uuid: queued.uuid }] });
    const orphan = await db.networks.create({ namespace: 'ns1', name: 'half-made', netblock: '10.8.0.0/24' });
    const vni = await db.allocations.allocate({ pool: 'vxlan', owner: { type: 'network', uuid: orphan.uuid }, purpose: 'vxid', ttl_seconds: 0 });
    await db.networks.update({ uuid: orphan.uuid, vxid: Number(vni.value) });
    // A revision-2 sf-api was killed after failing this network and before giving back its VNI.
    const halfFailed = await db.networks.create({ namespace: 'ns1', name: 'half-failed', netblock: '10.12.0.0/24' });
    const halfVni = await db.allocations.allocate({ pool: 'vxlan', owner: { type: 'network', uuid: halfFailed.uuid }, purpose: 'vxid', ttl_seconds: 0 });
    await db.networks.update({ uuid: halfFailed.uuid, vxid: Number(halfVni.value) });
    await db.networks.transition(halfFailed.uuid, 'error', { errorMessage: 'create failed' });
    // A create still running: the same as the abandoned one, but recent by the database's clock.
    const { instance: running } = await instanceHolding('still-running', lan.uuid, '02:00:00:00:07:02');
    for (const uuid of [abandoned.uuid, queued.uuid]) await age('instances', uuid);
    for (const uuid of [orphan.uuid, halfFailed.uuid]) await age('networks', uuid);

    const failed = await until('the abandoned instance to fail', async () => {
      const instance = await db.instances.get(abandoned.uuid);
      return instance.state === 'error' ? instance : undefined;
    });
    assert.match(failed.error_message ?? '', /abandoned/);
    await until('the abandoned network to fail', async () => ((await db.networks.get(orphan.uuid)).state === 'error' ? true : undefined));
    assert.equal((await db.networks.get(orphan.uuid)).vxid, 0, 'the row gives up its VNI with the allocation');
    const someoneElse = { type: 'network_interface', uuid: randomUUID() };
    assert.equal((await db.allocations.allocate({ pool: 'mac', owner: someoneElse, purpose: 'macaddr', value: mac.value, ttl_seconds: 0 })).value, mac.value, 'its MAC is free again');
    assert.equal((await db.allocations.allocate({ pool: 'vxlan', owner: someoneElse, purpose: 'vxid', value: vni.value, ttl_seconds: 0 })).value, vni.value, 'its VNI is free again');
    await until('the half-failed network to give up its VNI', async () => ((await db.networks.get(halfFailed.uuid)).vxid === 0 ? true : undefined));
    assert.equal((await db.networks.get(halfFailed.uuid)).error_message, 'create failed', 'its message is kept');
    const yetAnother = { type: 'network', uuid: randomUUID() };
    assert.equal((await db.allocations.allocate({ pool: 'vxlan', owner: yetAnother, purpose: 'vxid', value: halfVni.value, ttl_seconds: 0 })).value, halfVni.value, 'its VNI is free again');
    assert.equal(await db.scheduling.release(abandoned.uuid), false, 'its reservation was already released');
    assert.equal((await db.instances.get(queued.uuid)).state, 'initial', 'a create whose work is queued waits for its worker');
    assert.equal((await db.instances.get(running.uuid)).state, 'initial', 'a create younger than the abandon age is left to finish');
    assert.equal((await db.networks.get(lan.uuid)).state, 'created');
  });

  it('queues again the teardown of a delete its sf-api abandoned before queueing it, once, and only while the object still waits for it', async () => {
    await until('a maintainer', holder);
    const db = tier.client;
    const instance = await db.instances.create({ namespace: 'ns1', name: 'half-deleted', cpus: 1, memory_mib: 512 });
    await db.instances.update({ uuid: instance.uuid, node: 'node-a' });
    await db.instances.transition(instance.uuid, 'delete-wait');
    const network = await db.networks.create({ namespace: 'ns1', name: 'half-deleted', netblock: '10.9.0.0/24' });
    await db.networks.transition(network.uuid, 'created');
    await db.networks.transition(network.uuid, 'delete-wait');
    // Waiting for its last interface, as it should: not abandoned.
    const waiting = await db.networks.create({ namespace: 'ns1', name: 'still-in-use', netblock: '10.10.0.0/24' });
    await db.networks.transition(waiting.uuid, 'created');
    const user = await db.instances.create({ namespace: 'ns1', name: 'user', cpus: 1, memory_mib: 512 });
    await db.networkInterfaces.create({ namespace: 'ns1', network_uuid: waiting.uuid, instance_uuid: user.uuid, macaddr: '02:00:00:00:0a:01', order: 0 });
    await db.operations.enqueue({ operation_type: 'instance.create', namespace: 'ns1', target_node: 'node-a', payload_json: '{}', targets: [{ object_type: 'instance', object_uuid: user.uuid }] });
    await db.networks.transition(waiting.uuid, 'delete-wait');
    await age('instances', instance.uuid);
    for (const uuid of [network.uuid, waiting.uuid]) await age('networks', uuid);
    await until('the instance teardown to be queued', () => pending('instance', instance.uuid));
    await until('the network teardown to be queued', () => pending('network', network.uuid));
    const ops = await db.operations.list({ target_node: 'node-a', operation_type: 'instance.delete' });
    const teardowns = ops.operations.filter((o) => o.targets.some((t) => t.object_uuid === instance.uuid));
    assert.equal(teardowns.length, 1, 'queued once');
    // Its worker takes the teardown and fails it: reporting that is the worker's, not a reason to queue it again.
    for (const op of await db.operations.claim('node-a', { limit: 100 })) {
      if (op.targets.some((t) => t.object_uuid === instance.uuid)) await db.operations.fail(op.uuid, 'node-a', { code: 'SF_ERR_TEST', message: 'teardown failed' });
      else await db.operations.complete(op.uuid, 'node-a');
    }
    // One more abandoned delete, made after that: once its teardown is queued, a whole pass has looked at the others again.
    const sentinel = await db.instances.create({ namespace: 'ns1', name: 'sentinel', cpus: 1, memory_mib: 512 });
    await db.instances.update({ uuid: sentinel.uuid, node: 'node-a' });
    await db.instances.transition(sentinel.uuid, 'delete-wait');
    await age('instances', sentinel.uuid);
    await until('the sentinel teardown to be queued', () => pending('instance', sentinel.uuid));
    assert.equal((await db.operations.hasPending('instance', instance.uuid)).pending, false, 'a teardown that ran is not queued again');
    assert.equal((await db.operations.hasPending('network', waiting.uuid)).pending, false, 'a network waiting for its interfaces is left to wait');
    // The worker reports the failed teardown; a DELETE again moves the instance back to delete-wait, and its sf-api
    // dies before queueing: the earlier, failed teardown is not this delete's.
    await db.instances.transition(instance.uuid, 'delete-wait-error');
    await db.instances.transition(instance.uuid, 'delete-wait');
    for (const op of teardowns) await age('cluster_operations', op.uuid, EARLIER);
    await age('instances', instance.uuid);
    await until('the second teardown to be queued', () => pending('instance', instance.uuid));
  });

  it('queues again the teardown of a network whose first teardown ran while interfaces remained, once they are gone', async () => {
    await until('a maintainer', holder);
    const db = tier.client;
    const net = await db.networks.create({ namespace: 'ns1', name: 'outlived', netblock: '10.11.0.0/24' });
    await db.networks.transition(net.uuid, 'created');
    const user = await db.instances.create({ namespace: 'ns1', name: 'on-outlived', cpus: 1, memory_mib: 512 });
    const nic = await db.networkInterfaces.create({ namespace: 'ns1', network_uuid: net.uuid, instance_uuid: user.uuid, macaddr: '02:00:00:00:0b:01', order: 0 });
    await db.operations.enqueue({ operation_type: 'instance.create', namespace: 'ns1', target_node: 'node-a', payload_json: '{}', targets: [{ object_type: 'instance', object_uuid: user.uuid }] });
    // As sf-api deletes a network: its teardown queued, then delete-wait, as it still has an interface.
    const teardown = await db.operations.enqueue({
      operation_type: 'network.delete', namespace: 'ns1', target_role: 'network',
      payload_json: JSON.stringify({ network_uuid: net.uuid }), targets: [{ object_type: 'network', object_uuid: net.uuid }],
    });
    assert.equal((await db.networks.retire(net.uuid)).state, 'delete-wait');
    // The network worker ran that teardown while the interface remained.
    for (const op of await db.operations.claim('net-worker', { roles: ['network'], limit: 100 })) await db.operations.complete(op.uuid, 'net-worker');
    await age('cluster_operations', teardown.operation?.uuid ?? '', EARLIER);
    await age('networks', net.uuid);
    // The interface goes, but whatever should have queued the network's teardown then died first.
    await db.networkInterfaces.transition(nic.uuid, 'deleted');
    await until('the network teardown to be queued again', () => pending('network', net.uuid));
  });

  it('purges what was deleted longer ago than the cleaner delay, once it holds nothing', async () => {
    await until('a maintainer', holder);
    const db = tier.client;
    await db.namespaces.create('ns-gone');
    const net = await db.networks.create({ namespace: 'ns-gone', name: 'done', netblock: '10.13.0.0/24' });
    await db.networks.transition(net.uuid, 'created');
    // An instance of another namespace on it: the network, then the namespace, wait for its purge.
    const { instance } = await instanceHolding('deleted-unplaced', net.uuid, '02:00:00:00:0d:01');
    await db.instances.finishUnplacedDelete(instance.uuid, { fromStates: ['initial'] });
    // Asked at once: the delay (2 s here) runs from this delete.
    assert.equal((await db.instances.get(instance.uuid)).state, 'deleted', 'readable until the delay has passed');
    await db.networks.transition(net.uuid, 'deleted');
    // Deleted, but its network worker has not yet given its VNI back: it must outlive the delay.
    const tornDown = await db.networks.create({ namespace: 'ns1', name: 'vni-still-held', netblock: '10.14.0.0/24' });
    const vni = await db.allocations.allocate({ pool: 'vxlan', owner: { type: 'network', uuid: tornDown.uuid }, purpose: 'vxid', ttl_seconds: 0 });
    await db.networks.update({ uuid: tornDown.uuid, vxid: Number(vni.value) });
    await db.networks.transition(tornDown.uuid, 'created');
    // A create that went on after a DELETE finished its instance, and died: an interface and its MAC left.
    const late = await db.instances.create({ namespace: 'ns1', name: 'late-create', cpus: 1, memory_mib: 512 });
    await db.instances.finishUnplacedDelete(late.uuid, { fromStates: ['initial'] });
    const lateNic = await db.networkInterfaces.create({ namespace: 'ns1', network_uuid: tornDown.uuid, instance_uuid: late.uuid, macaddr: '02:00:00:00:0d:02', order: 0 });
    await db.allocations.allocate({ pool: 'mac', owner: { type: 'network_interface', uuid: lateNic.uuid }, purpose: 'macaddr', value: '02:00:00:00:0d:02', ttl_seconds: 0 });
    await db.networks.transition(tornDown.uuid, 'deleted');
    // A network whose create failed, in a namespace deleted since: nobody may DELETE it (API.md), so the purge retires it.
    await db.namespaces.create('ns-err');
    const failedNet = await db.networks.create({ namespace: 'ns-err', name: 'failed', netblock: '10.15.0.0/24' });
    await db.networks.failCreate(failedNet.uuid, { errorMessage: 'create failed' });
    await db.namespaces.transition('ns-err', 'deleted');
    await db.namespaces.transition('ns-gone', 'deleted');

    const gone = (read: () => Promise<unknown>) => read().then(() => undefined, (err: unknown) => (err instanceof Error && /not found/.test(err.message) ? true : undefined));
    await until('the instance to be purged', () => gone(() => db.instances.get(instance.uuid)));
    await until('its network to be purged', () => gone(() => db.networks.get(net.uuid)));
    await until('the namespace to be purged', () => gone(() => db.namespaces.get('ns-gone')));
    assert.equal((await db.namespaces.create('ns-gone')).state, 'created', 'its name is free again');
    assert.equal((await db.networks.get(tornDown.uuid)).vxid, Number(vni.value), 'a network still naming its VNI is kept');
    await until('the late create\'s instance to be purged', () => gone(() => db.instances.get(late.uuid)));
    const someoneElse = { type: 'network_interface', uuid: randomUUID() };
    assert.equal((await db.allocations.allocate({ pool: 'mac', owner: someoneElse, purpose: 'macaddr', value: '02:00:00:00:0d:02', ttl_seconds: 0 })).value, '02:00:00:00:0d:02', 'its MAC is free again');
    await until('the failed network of the deleted namespace to be purged', () => gone(() => db.networks.get(failedNet.uuid)));
    await until('that namespace to be purged', () => gone(() => db.namespaces.get('ns-err')));
  });

  it('on SIGTERM stops its pass, gives its lease up at once (a standby need not wait for it to lapse) and exits 0', async () => {
    await Promise.all(daemons.filter((d) => d.exitCode === null && d.signalCode === null).map((d) => {
      d.kill('SIGKILL');
      return once(d, 'exit');
    }));
    // A lease far longer than the test waits: only a release lets the lock go in time.
    const child = await startDaemon({ SHAKENFIST_CLUSTER_LOCK_LEASE_SECONDS: '600' });
    await until('it to lead', async () => ((await holder())?.includes(`:${child.pid}:`) === true ? true : undefined));
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await until('the lease to be released', async () => ((await tier.client.locks.get('sf-cluster-maintainer')).lock?.holder ? undefined : true));
    assert.deepEqual(await exited, [0, null]);
  });

  it('refuses to start with a lease shorter than three ticks and a tier call, naming both keys', async () => {
    const child = await startDaemon({ SHAKENFIST_CLUSTER_TICK_SECONDS: '1', SHAKENFIST_CLUSTER_LOCK_LEASE_SECONDS: '3' }, 'pipe');
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 1);
    assert.match(stderr, /cluster\.lock_lease_seconds .*cluster\.tick_seconds/);
  });
});
