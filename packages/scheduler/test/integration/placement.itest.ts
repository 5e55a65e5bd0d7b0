import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { AlreadyExistsError, InsufficientCapacityError, ValidationError, createLogger } from '@sf/common';
import { Scheduler } from '../../src/scheduler.js';
import { TierPlacementStore } from '../../src/tier-store.js';
import { startTier, type Tier } from '@sf/tools/tier';

const log = createLogger({ name: 'test', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

describe('placement and allocation through the sf-database tier (real processes, real MariaDB)', function () {
  this.timeout(120000);
  let tier: Tier;
  let scheduler: Scheduler;

  before(async () => {
    tier = await startTier(2);
    const { client } = tier;
    await client.namespaces.create('ns1');
    for (const name of ['node-a', 'node-b', 'node-c']) {
      await client.nodes.register({ name, fqdn: name, mesh_ip: '127.0.0.1', cpus: 4, memory_mib: 8192, disk_gib: 100 });
      await client.scheduling.setNodeLimits(name, { cpus: 4, memory_mib: 4096, disk_gib: 100 });
    }
    scheduler = new Scheduler(new TierPlacementStore(client), { weighting: 'spread', staleAfterSeconds: 120, leaseSeconds: 300, diagnostic: false, log });
  });
  after(async () => {
    await tier?.stop();
  });

  async function instanceOn(node: string, tags: string[]): Promise<string> {
    const created = await tier.client.instances.create({ namespace: 'ns1', name: `i-${tags.join('-')}`, cpus: 1, memory_mib: 512, tags, state: 'initial' });
    await tier.client.instances.update({ uuid: created.uuid, namespace: 'ns1', node });
    return created.uuid;
  }

  const one = (uuid = randomUUID(), cpus = 1) => ({ namespace: 'ns1', instances: [{ uuid, cpus, memoryMib: 1024 * cpus, diskGib: 10 }] });

  it('honours affinity and anti-affinity by instance tags', async () => {
    await instanceOn('node-b', ['db']);
    await instanceOn('node-c', ['web']);
    const [withDb] = await scheduler.place({ ...one(), affinity: { requireWith: ['db'] } });
    assert.equal(withDb?.node, 'node-b');
    const [awayFromDb] = await scheduler.place({ ...one(), affinity: { requireWithout: ['db', 'web'] } });
    assert.equal(awayFromDb?.node, 'node-a');
  });

  it('fails a full requested node with a clear reason, then places elsewhere (control)', async () => {
    await scheduler.place({ ...one(randomUUID(), 3), requestedNode: 'node-c' });
    await assert.rejects(scheduler.place({ ...one(randomUUID(), 2), requestedNode: 'node-c' }), (err: unknown) =>
      err instanceof InsufficientCapacityError && err.httpStatus === 507 && /requested node node-c cannot host it: cpus: needs 2 vCPUs, 1 free/.test(err.message));
    const [placed] = await scheduler.place(one(randomUUID(), 2));
    assert.notEqual(placed?.node, 'node-c');
  });

  it('answers a retried placement with the first one across the wire', async () => {
    const uuid = randomUUID();
    const [first] = await scheduler.place(one(uuid));
    const [again] = await scheduler.place(one(uuid));
    assert.deepEqual(again, first);
    const held = await tier.client.scheduling.held(uuid);
    assert.deepEqual([held?.node, held?.reservation_uuid], [first?.node, first?.reservationUuid], 'the live reservation, as asked for by instance');
    assert.equal(await tier.client.scheduling.release(uuid), true);
    assert.equal(await tier.client.scheduling.release(uuid), false);
    assert.equal(await tier.client.scheduling.held(uuid), undefined, 'none once released');
  });

  it('keeps the counters equal to the live reservations', async () => {
    assert.deepEqual(await tier.client.scheduling.reconcile(), []);
  });

  it('allocates over the wire; an exhausted pool and a taken value keep their error classes', async () => {
    const owner = { type: 'network', uuid: randomUUID() };
    const first = await tier.client.allocations.allocate({ pool: 'vxlan', owner, purpose: 'vni', ttl_seconds: 0 });
    const other = { type: 'network', uuid: randomUUID() };
    await assert.rejects(tier.client.allocations.allocate({ pool: 'vxlan', owner: other, purpose: 'vni', ttl_seconds: 0, value: first.value }), AlreadyExistsError);
    assert.equal((await tier.client.allocations.allocate({ pool: 'vxlan', owner, purpose: 'vni', ttl_seconds: 0 })).value, first.value, 'a retry gets the same value');
    const [usage] = await tier.client.allocations.usage('vxlan');
    assert.equal(usage?.used, 1);
    assert.equal(usage?.size, 16_777_215);
    const net = await tier.client.networks.create({ namespace: 'ns1', name: 'tiny', netblock: '10.1.1.0/30', state: 'initial' });
    const pool = `ipv4:${net.uuid}`;
    const address = await tier.client.allocations.allocate({ pool, owner, purpose: 'address', ttl_seconds: 0 });
    assert.equal(address.value, '10.1.1.2');
    await assert.rejects(tier.client.allocations.allocate({ pool, owner, purpose: 'address', ttl_seconds: 0 }), (err: unknown) =>
      err instanceof InsufficientCapacityError && /exhausted/.test(err.message));
    assert.equal((await tier.client.allocations.releaseOwner(owner)).length, 2);
  });

  it('answers each of a burst of concurrent allocations on its own, batched or not', async () => {
    const taken = await tier.client.allocations.allocate({ pool: 'vxlan', owner: { type: 'network', uuid: randomUUID() }, purpose: 'vni', ttl_seconds: 0 });
    const owners = Array.from({ length: 40 }, () => ({ type: 'network', uuid: randomUUID() }));
    const results = await Promise.allSettled(
      owners.map((owner, i) =>
        tier.client.allocations.allocate({ pool: 'vxlan', owner: i === 12 ? { type: '', uuid: '' } : owner, purpose: 'vni', ttl_seconds: 0, value: i === 7 ? taken.value : '' }),
      ),
    );
    const reason = (i: number): unknown => (results[i] as PromiseRejectedResult).reason;
    assert.deepEqual(results.flatMap((r, i) => (r.status === 'rejected' ? [i] : [])), [7, 12], 'exactly the taken value and the malformed item are refused');
    assert.ok(reason(7) instanceof AlreadyExistsError);
    assert.ok(reason(12) instanceof ValidationError, 'a malformed item is refused alone, and the answers after it still reach their own callers');
    const values = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.value] : []));
    assert.equal(new Set(values).size, 38);
  });

  it('records an audit event for each allocation and release', async () => {
    const owner = { type: 'network', uuid: randomUUID() };
    const taken = await tier.client.allocations.allocate({ pool: 'vxlan', owner, purpose: 'vni', ttl_seconds: 0 });
    await tier.client.allocations.release('vxlan', taken.value, owner);
    let messages: string[] = [];
    for (let tries = 0; tries < 50 && messages.length < 2; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      messages = (await tier.client.events.forObject({ object_type: 'network', object_uuid: owner.uuid })).events.map((e) => e.message);
    }
    assert.deepEqual(messages.sort(), [`allocated vxlan ${taken.value}`, `released vxlan ${taken.value}`]);
  });

  it('derives a newly registered node\'s limits from its size and the overcommit policy (defaults)', async () => {
    await tier.client.nodes.register({ name: 'node-z', fqdn: 'node-z', mesh_ip: '127.0.0.1', cpus: 2, memory_mib: 8192, disk_gib: 10 });
    const node = (await tier.client.scheduling.candidates('ns1')).find((n) => n.name === 'node-z');
    assert.deepEqual(node?.limits, { cpus: 32, memory_mib: 6144, disk_gib: 10 });
  });
});
