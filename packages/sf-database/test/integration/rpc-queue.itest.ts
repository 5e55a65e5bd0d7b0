import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Metadata, credentials, status } from '@grpc/grpc-js';
import { AlreadyExistsError, InvalidStateTransitionError, NotFoundError, ValidationError } from '@sf/common';
import type { DatabaseClient } from '@sf/database-client';
import { databaseServices, type ClaimOperationsResponse__Output, type Instance__Output } from '@sf/proto';
import { serveTestDatabase } from '../support/served-database.js';
import type { TierProcess } from '../support/tier-process.js';

/** The work queue, cluster locks and events through the real client. */
describe('sf-database queue, locks and events (real process, real MariaDB)', function () {
  this.timeout(60_000);
  const served = serveTestDatabase(async (client) => {
    await client.namespaces.create('alpha');
  });
  let client: DatabaseClient;
  let tier: TierProcess;
  before(() => {
    client = served.client;
    tier = served.tier;
  });

  /** A call as another client sends it, bypassing this client: with an idempotency key, or as an older caller would. */
  function rawCall<Res>(method: 'ClaimOperations' | 'CreateInstance' | 'TransitionInstanceState', request: object, key = ''): Promise<Res> {
    const services = databaseServices();
    const definition = { ClaimOperations: services.operation.ClaimOperations, CreateInstance: services.instance.CreateInstance, TransitionInstanceState: services.instance.TransitionInstanceState }[method];
    const raw = new Client(tier.address, credentials.createInsecure());
    const metadata = new Metadata();
    if (key !== '') metadata.set('sf-idempotency-key', key);
    return new Promise<Res>((resolve, reject) => {
      raw.makeUnaryRequest(definition.path, definition.requestSerialize as (v: object) => Buffer, definition.responseDeserialize as (b: Buffer) => unknown, request, metadata, { deadline: Date.now() + 5000 }, (err, value) => {
        raw.close();
        if (err !== null || value === undefined) reject(err ?? new Error('empty'));
        else resolve(value as Res);
      });
    });
  }

  describe('work queue', () => {
    it('exactly one of 32 concurrent claimers wins one queued operation', async () => {
      const { operation } = await client.operations.enqueue({ operation_type: 'race', target_node: 'n-race', payload_json: '{"a":1}' });
      const claims = await Promise.all(Array.from({ length: 32 }, (_, i) => client.operations.claim('n-race', { leaseSeconds: 60 }).then((ops) => ({ i, ops }))));
      const winners = claims.filter((c) => c.ops.length > 0);
      assert.equal(winners.length, 1);
      assert.equal(winners[0]?.ops[0]?.uuid, operation?.uuid);
      assert.equal(winners[0]?.ops[0]?.state, 'claimed');
      assert.equal(winners[0]?.ops[0]?.attempts, 1);
    });

    it('prunes finished work older than the retention, in slices, with its targets; pending and recent work stays', async () => {
      const node = 'n-prune';
      const enqueue = (i: number) => client.operations.enqueue({ operation_type: 'prune', target_node: node, payload_json: JSON.stringify({ i }), targets: [{ object_type: 'instance', object_uuid: randomUUID() }] });
      const ops = await Promise.all([0, 1, 2, 3, 4].map(enqueue));
      const uuids = ops.map((o) => o.operation?.uuid ?? '');
      const claimed = await client.operations.claim(node, { leaseSeconds: 60, limit: 4 });
      assert.equal(claimed.length, 4);
      for (const op of claimed.slice(0, 3)) await client.operations.complete(op.uuid, node, { attempt: op.attempts });
      const recent = claimed[3]?.uuid ?? '';
      await client.operations.complete(recent, node, { attempt: claimed[3]?.attempts ?? 0 });
      const old = claimed.slice(0, 3).map((op) => op.uuid);
      await served.sql.exec(`UPDATE cluster_operations SET state_updated = NOW(6) - INTERVAL 2 DAY WHERE uuid IN (?, ?, ?)`, old);
      const pendingOld = uuids.find((u) => !claimed.some((c) => c.uuid === u)) ?? '';
      await served.sql.exec('UPDATE cluster_operations SET state_updated = NOW(6) - INTERVAL 2 DAY WHERE uuid = ?', [pendingOld]);

      assert.deepEqual(await client.operations.prune(86400, 2), { deleted: 2, more: true });
      assert.deepEqual(await client.operations.prune(86400, 2), { deleted: 1, more: false });
      assert.deepEqual(await client.operations.prune(86400, 2), { deleted: 0, more: false });
      const left = await served.sql.rows<{ uuid: string }>(`SELECT uuid FROM cluster_operations WHERE target_node = ? ORDER BY uuid`, [node]);
      assert.deepEqual(left.map((r) => r.uuid), [recent, pendingOld].sort(), 'recent finished work and old pending work stay');
      const targets = await served.sql.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM cluster_operation_targets WHERE operation_uuid IN (?, ?, ?)`, old);
      assert.equal(Number(targets[0]?.n), 0, 'their targets went with them');
      await assert.rejects(client.operations.prune(0, 10), ValidationError);
    });

    it("keeps the newest finished operation of an instance or network that still exists, so its history still answers 'ever queued'", async () => {
      const node = 'n-keep';
      const vm = await client.instances.create({ namespace: 'alpha', name: 'kept', cpus: 1, memory_mib: 64 });
      const done: string[] = [];
      for (const step of ['instance.create', 'instance.poweroff']) {
        await client.operations.enqueue({ operation_type: step, target_node: node, payload_json: '{}', targets: [{ object_type: 'instance', object_uuid: vm.uuid }] });
        const [op] = await client.operations.claim(node, { leaseSeconds: 60 });
        await client.operations.complete(op?.uuid ?? '', node, { attempt: op?.attempts ?? 0 });
        done.push(op?.uuid ?? '');
        await sleep(5);
      }
      await served.sql.exec('UPDATE cluster_operations SET state_updated = NOW(6) - INTERVAL 2 DAY WHERE target_node = ?', [node]);
      while ((await client.operations.prune(86400, 1000)).more);
      const left = await served.sql.rows<{ uuid: string }>('SELECT uuid FROM cluster_operations WHERE target_node = ?', [node]);
      assert.deepEqual(left.map((r) => r.uuid), [done[1]], 'only the newest is kept');
      assert.equal(await client.operations.everQueued('instance', vm.uuid, 'instance.create'), false, 'the older operation is gone');
      assert.equal((await client.operations.hasPending('instance', vm.uuid)).pending, false);
      const ever = await served.sql.rows<{ n: number }>("SELECT COUNT(*) AS n FROM cluster_operation_targets WHERE object_type = 'instance' AND object_uuid = ?", [vm.uuid]);
      assert.equal(Number(ever[0]?.n), 1, 'work was queued for it, as the tier still tells');
    });

    it('coalesces an identical queued operation, whatever the payload key order, but not another node or once claimed', async () => {
      const target = { object_type: 'network', object_uuid: randomUUID() };
      const first = await client.operations.enqueue({ operation_type: 'dnsmasq', target_node: 'n-co', payload_json: '{"a":1,"b":2}', targets: [target], priority: 30 });
      const second = await client.operations.enqueue({
        operation_type: 'dnsmasq',
        target_node: 'n-co',
        payload_json: '{"b":2,"a":1}',
        targets: [{ ...target, object_uuid: target.object_uuid.toUpperCase() }],
        priority: 10,
      });
      assert.equal(first.coalesced, false);
      assert.equal(second.coalesced, true);
      assert.equal(second.operation?.uuid, first.operation?.uuid);
      assert.equal(second.operation?.priority, 10, 'an urgent duplicate lifts the queued one');
      const otherNode = await client.operations.enqueue({ operation_type: 'dnsmasq', target_node: 'n-other', payload_json: '{"a":1,"b":2}', targets: [target] });
      assert.equal(otherNode.coalesced, false);
      const forced = await client.operations.enqueue({ operation_type: 'dnsmasq', target_node: 'n-co', payload_json: '{"a":1,"b":2}', targets: [target], no_coalesce: true });
      assert.notEqual(forced.operation?.uuid, first.operation?.uuid);
      const claimed = await client.operations.claim('n-co', { limit: 10 });
      assert.equal(claimed.length, 2);
      const after = await client.operations.enqueue({ operation_type: 'dnsmasq', target_node: 'n-co', payload_json: '{"a":1,"b":2}', targets: [target] });
      assert.equal(after.coalesced, false, 'a claimed operation no longer absorbs new work');
    });

    it('applies a caller\'s own retry with the same idempotency key once', async () => {
      const key = randomUUID();
      const request = { operation_type: 'retried', target_node: 'n-retry', no_coalesce: true };
      const first = await client.operations.enqueue(request, { idempotencyKey: key });
      const again = await client.operations.enqueue(request, { idempotencyKey: key });
      assert.equal(again.operation?.uuid, first.operation?.uuid);
      const fresh = await client.operations.enqueue(request);
      assert.notEqual(fresh.operation?.uuid, first.operation?.uuid, 'without the key, a new operation (the control)');
    });

    it('folds a burst of identical enqueues into one operation without a failed call', async () => {
      const target = { object_type: 'network', object_uuid: randomUUID() };
      const replies = await Promise.all(
        Array.from({ length: 24 }, () => client.operations.enqueue({ operation_type: 'burst', target_node: 'n-burst', payload_json: '{}', targets: [target] })),
      );
      assert.equal(new Set(replies.map((r) => r.operation?.uuid)).size, 1);
      assert.equal(replies.filter((r) => !r.coalesced).length, 1);
    });

    it('re-claims an operation whose lease expired, and the old holder can no longer complete it', async () => {
      const { operation } = await client.operations.enqueue({ operation_type: 'lease', target_node: 'n-lease' });
      const [mine] = await client.operations.claim('n-lease', { leaseSeconds: 60 });
      assert.equal(mine?.uuid, operation?.uuid);
      assert.deepEqual(await client.operations.claim('n-lease'), [], 'a live lease is not claimable');
      // The lease runs out (by the database's clock, as the tier reads it), with no wait a slow machine could outrun.
      await served.sql.exec('UPDATE cluster_operations SET lease_expires = NOW(6) - INTERVAL 1 SECOND WHERE uuid = ?', [operation?.uuid ?? '']);
      const [again] = await client.operations.claim('n-lease', { leaseSeconds: 60 });
      assert.equal(again?.uuid, operation?.uuid);
      assert.equal(again?.attempts, 2);
      const uuid = operation?.uuid ?? '';
      await assert.rejects(client.operations.renew(uuid, 'someone-else'), InvalidStateTransitionError);
      await assert.rejects(
        client.operations.complete(uuid, 'n-lease', { attempt: mine?.attempts ?? 0 }),
        (err: unknown) => err instanceof InvalidStateTransitionError && /attempt 2, not 1/.test(err.message),
        'the first holder, on the same node, is fenced out by its attempt',
      );
      const renewed = await client.operations.renew(uuid, 'n-lease', 120);
      assert.ok(renewed.lease_expires > (again?.lease_expires ?? 0));
      const done = await client.operations.complete(uuid, 'n-lease', { attempt: again?.attempts ?? 0 });
      assert.equal(done.state, 'complete');
      await assert.rejects(client.operations.complete(uuid, 'n-lease'), (err: unknown) => err instanceof InvalidStateTransitionError && /is complete/.test(err.message));
    });

    it('claims by role, in priority order, and records a failure reason', async () => {
      const low = await client.operations.enqueue({ operation_type: 'bg', target_role: 'network', priority: 30, no_coalesce: true });
      const high = await client.operations.enqueue({ operation_type: 'urgent', target_role: 'network', priority: 10, no_coalesce: true });
      assert.deepEqual(await client.operations.claim('n-role'), [], 'role work needs the role');
      const claimed = await client.operations.claim('n-role', { roles: ['network'], limit: 5 });
      assert.deepEqual(claimed.map((o) => o.uuid), [high.operation?.uuid, low.operation?.uuid]);
      const failed = await client.operations.fail(low.operation?.uuid ?? '', 'n-role', { code: 'SF_ERR_INTERNAL', message: 'dnsmasq would not start', details_json: '{"exit":1}' });
      assert.equal(failed.state, 'failed');
      assert.deepEqual(failed.error, { code: 'SF_ERR_INTERNAL', message: 'dnsmasq would not start', details_json: '{"exit":1}' });
      await assert.rejects(client.operations.fail(high.operation?.uuid ?? '', 'n-role', { code: '', message: '', details_json: '' }), ValidationError);
    });

    it('answers "has pending operation" from the queue itself', async () => {
      const object = { object_type: 'instance', object_uuid: randomUUID() };
      assert.deepEqual(await client.operations.hasPending(object.object_type, object.object_uuid), { pending: false, count: 0 });
      const { operation } = await client.operations.enqueue({ operation_type: 'start', target_node: 'n-pend', targets: [object] });
      assert.deepEqual(await client.operations.hasPending(object.object_type, object.object_uuid), { pending: true, count: 1 });
      await client.operations.claim('n-pend');
      assert.equal((await client.operations.hasPending(object.object_type, object.object_uuid)).pending, true, 'claimed work is still pending');
      await client.operations.complete(operation?.uuid ?? '', 'n-pend');
      assert.equal((await client.operations.hasPending(object.object_type, object.object_uuid)).pending, false);
      assert.equal(await client.operations.everQueued(object.object_type, object.object_uuid, 'start'), true, 'a finished one was still queued once');
      assert.equal(await client.operations.everQueued(object.object_type, object.object_uuid, 'stop'), false, 'of that type only');
      const got = await client.operations.get(operation?.uuid ?? '');
      assert.deepEqual(got.targets, [object]);
      const listed = await client.operations.list({ target_node: 'n-pend', states: ['complete'] });
      assert.deepEqual(listed.operations.map((o) => o.uuid), [operation?.uuid]);
    });

    it('refuses malformed work and unknown operations', async () => {
      await assert.rejects(client.operations.enqueue({ operation_type: 'x' }), ValidationError);
      await assert.rejects(client.operations.enqueue({ operation_type: 'x', target_node: 'a', target_role: 'b' }), ValidationError);
      await assert.rejects(client.operations.enqueue({ operation_type: 'x', target_node: 'a', payload_json: '{nope' }), ValidationError);
      await assert.rejects(client.operations.get(randomUUID()), NotFoundError);
      await assert.rejects(client.operations.complete(randomUUID(), 'n'), NotFoundError);
    });
  });

  describe('work queued only while its object allows it', () => {
    const newInstance = () => client.instances.create({ namespace: 'alpha', name: 'guarded', cpus: 1, memory_mib: 64 });
    const createWork = (uuid: string) => ({
      operation_type: 'instance.create', target_node: 'n-guard', payload_json: '{}', targets: [{ object_type: 'instance', object_uuid: uuid }], require_states: ['initial'],
    });
    const abandon = (uuid: string) => client.instances.failCreate(uuid, { errorMessage: 'create failed' });
    const refusedAsQueued = (err: unknown) => err instanceof InvalidStateTransitionError && err.code === 'SF_ERR_INVALID_STATE_QUEUED';
    let net: { uuid: string };
    before(async () => {
      await client.nodes.register({ name: 'n-unplaced', fqdn: 'n-unplaced', mesh_ip: '127.0.0.1', cpus: 8, memory_mib: 8192, disk_gib: 80 });
      await client.scheduling.setNodeLimits('n-unplaced', { cpus: 8, memory_mib: 8192, disk_gib: 80 });
      net = await client.networks.create({ namespace: 'alpha', name: 'unplaced', netblock: '10.20.0.0/24' });
      await client.networks.transition(net.uuid, 'created');
    });
    /** An instance as a create leaves it before queueing its work: an interface with its MAC, a reservation. */
    const holding = async (mac: string) => {
      const vm = await newInstance();
      const nic = await client.networkInterfaces.create({ namespace: 'alpha', network_uuid: net.uuid, instance_uuid: vm.uuid, macaddr: mac, order: 0 });
      await client.allocations.allocate({ pool: 'mac', owner: { type: 'network_interface', uuid: nic.uuid }, purpose: 'macaddr', value: mac, ttl_seconds: 0 });
      await client.scheduling.place('alpha', [{ instance_uuid: vm.uuid, cpus: 1, memory_mib: 64, disk_gib: 1 }], ['n-unplaced'], 600);
      return { vm, nic, mac };
    };
    const probe = { type: 'network_interface', uuid: randomUUID() };
    const macFree = async (mac: string) => {
      const free = await client.allocations.allocate({ pool: 'mac', owner: probe, purpose: 'macaddr', value: mac, ttl_seconds: 0 }).then(() => true, (err: unknown) => {
        if (err instanceof AlreadyExistsError) return false;
        throw err;
      });
      await client.allocations.releaseOwner(probe);
      return free;
    };

    it('an enqueue requiring states is refused once the object left them', async () => {
      const failed = await newInstance();
      await client.instances.transition(failed.uuid, 'initial-error');
      await assert.rejects(client.operations.enqueue(createWork(failed.uuid)), (err: unknown) => err instanceof InvalidStateTransitionError && /initial-error/.test(err.message));
      assert.equal((await client.operations.hasPending('instance', failed.uuid)).pending, false, 'nothing was queued');

      const live = await newInstance();
      assert.ok((await client.operations.enqueue(createWork(live.uuid))).operation);
      await assert.rejects(client.operations.enqueue({ ...createWork(live.uuid), targets: [{ object_type: 'blob', object_uuid: randomUUID() }] }), ValidationError);
      await assert.rejects(client.operations.enqueue({ ...createWork(live.uuid), targets: [] }), ValidationError);
      await assert.rejects(client.operations.enqueue(createWork(randomUUID())), NotFoundError);
      await assert.rejects(client.operations.enqueue({ ...createWork(live.uuid), namespace: 'beta' }), NotFoundError, "another namespace's object is not found");
    });

    it('a failed create is failed with what it holds in one step, unless its work was queued', async () => {
      const failed = await holding('02:00:00:00:21:01');
      // A second interface the create allocated a MAC for but had not yet written.
      const unwritten = { type: 'network_interface', uuid: randomUUID() };
      await client.allocations.allocate({ pool: 'mac', owner: unwritten, purpose: 'macaddr', value: '02:00:00:00:21:04', ttl_seconds: 600 });
      const after = await client.instances.failCreate(failed.vm.uuid, { errorMessage: 'create failed', interfaceUuids: [failed.nic.uuid, unwritten.uuid] });
      assert.equal(after.state, 'error');
      assert.equal(after.error_message, 'create failed');
      assert.equal(await client.scheduling.held(failed.vm.uuid), undefined, 'its reservation released');
      assert.equal(await macFree(failed.mac), true, 'its MAC free');
      assert.equal(await macFree('02:00:00:00:21:04'), true, 'and the MAC of the interface it had not written');
      assert.equal((await client.networkInterfaces.get(failed.nic.uuid)).state, 'initial', 'the interface row stays until the instance is deleted');
      await assert.rejects(client.operations.enqueue(createWork(failed.vm.uuid)), InvalidStateTransitionError, 'a create coming back cannot queue its work');
      await assert.rejects(abandon(failed.vm.uuid), InvalidStateTransitionError, 'failed once');

      const queued = await holding('02:00:00:00:21:02');
      await client.operations.enqueue(createWork(queued.vm.uuid));
      await assert.rejects(abandon(queued.vm.uuid), refusedAsQueued);
      assert.equal((await client.instances.get(queued.vm.uuid)).state, 'initial', 'nothing changed');
      assert.ok(await client.scheduling.held(queued.vm.uuid), 'its reservation kept');
      assert.equal(await macFree(queued.mac), false, 'its MAC kept');
      await assert.rejects(client.instances.failCreate(queued.vm.uuid, { namespace: 'beta' }), NotFoundError);
    });

    it('a failed create whose instance a DELETE finished gives up the interfaces and the reservation it made after', async () => {
      const vm = await newInstance();
      await client.instances.finishUnplacedDelete(vm.uuid, { namespace: 'alpha', fromStates: ['initial'] });
      await client.scheduling.place('alpha', [{ instance_uuid: vm.uuid, cpus: 1, memory_mib: 64, disk_gib: 1 }], ['n-unplaced'], 600);
      const late = await client.networkInterfaces.create({ namespace: 'alpha', network_uuid: net.uuid, instance_uuid: vm.uuid, macaddr: '02:00:00:00:21:03', order: 0 });
      await client.allocations.allocate({ pool: 'mac', owner: { type: 'network_interface', uuid: late.uuid }, purpose: 'macaddr', value: '02:00:00:00:21:03', ttl_seconds: 0 });
      assert.equal((await abandon(vm.uuid)).state, 'deleted');
      assert.equal((await client.networkInterfaces.get(late.uuid)).state, 'deleted');
      assert.equal(await macFree('02:00:00:00:21:03'), true);
      assert.equal(await client.scheduling.held(vm.uuid), undefined, 'its reservation released');
    });

    it('a failed network create gives up its VNI in one step, as does one left half way, unless its work was queued', async () => {
      const owned = async (name: string) => {
        const uuid = randomUUID();
        const vni = await client.allocations.allocate({ pool: 'vxlan', owner: { type: 'network', uuid }, purpose: 'vxid', ttl_seconds: 0 });
        await client.networks.create({ uuid, namespace: 'alpha', name, netblock: '10.21.0.0/24', vxid: Number(vni.value) });
        return { uuid, vni: vni.value };
      };
      const failed = await owned('failed');
      const after = await client.networks.failCreate(failed.uuid, { namespace: 'alpha', errorMessage: 'create failed' });
      assert.deepEqual([after.state, after.vxid, after.error_message], ['error', 0, 'create failed']);
      const reuse = { type: 'network', uuid: randomUUID() };
      assert.equal((await client.allocations.allocate({ pool: 'vxlan', owner: reuse, purpose: 'vxid', value: failed.vni, ttl_seconds: 0 })).value, failed.vni, 'its VNI free');
      await client.allocations.releaseOwner(reuse);

      // Left half way by a revision-2 caller: in error, still naming its VNI, nothing queued.
      const halfFailed = await owned('half-failed');
      await client.networks.transition(halfFailed.uuid, 'error', { errorMessage: 'create abandoned' });
      const settled = await client.networks.failCreate(halfFailed.uuid);
      assert.deepEqual([settled.state, settled.vxid, settled.error_message], ['error', 0, 'create abandoned'], 'its VNI given up, its message kept');
      assert.equal((await client.allocations.allocate({ pool: 'vxlan', owner: reuse, purpose: 'vxid', value: halfFailed.vni, ttl_seconds: 0 })).value, halfFailed.vni);
      await client.allocations.releaseOwner(reuse);

      const queued = await owned('queued');
      await client.operations.enqueue({ operation_type: 'network.create', target_role: 'network', targets: [{ object_type: 'network', object_uuid: queued.uuid }], require_states: ['initial'] });
      await assert.rejects(client.networks.failCreate(queued.uuid), refusedAsQueued);
      const kept = await client.networks.get(queued.uuid);
      assert.deepEqual([kept.state, String(kept.vxid)], ['initial', queued.vni], 'nothing changed');
      // A worker failed it: its work was queued, so its VNI is the worker's to give back.
      await client.networks.transition(queued.uuid, 'error');
      await assert.rejects(client.networks.failCreate(queued.uuid), refusedAsQueued);
      assert.equal(String((await client.networks.get(queued.uuid)).vxid), queued.vni);
    });

    it('an unplaced instance is deleted with what it holds in one step, unless its work was queued', async () => {
      const gone = await holding('02:00:00:00:20:01');
      assert.equal((await client.instances.finishUnplacedDelete(gone.vm.uuid, { namespace: 'alpha', fromStates: ['initial'] })).state, 'deleted');
      assert.equal((await client.networkInterfaces.get(gone.nic.uuid)).state, 'deleted');
      assert.equal(await client.scheduling.held(gone.vm.uuid), undefined, 'its reservation released');
      assert.equal(await macFree(gone.mac), true, 'its MAC free');

      const queued = await holding('02:00:00:00:20:02');
      await client.operations.enqueue(createWork(queued.vm.uuid));
      await assert.rejects(client.instances.finishUnplacedDelete(queued.vm.uuid, { namespace: 'alpha', fromStates: ['initial'] }), refusedAsQueued);
      assert.equal((await client.instances.get(queued.vm.uuid)).state, 'initial', 'nothing changed');
      assert.equal((await client.networkInterfaces.get(queued.nic.uuid)).state, 'initial');
      assert.ok(await client.scheduling.held(queued.vm.uuid), 'its reservation kept');
      assert.equal(await macFree(queued.mac), false, 'its MAC kept');
      await assert.rejects(client.instances.finishUnplacedDelete(gone.vm.uuid, { namespace: 'alpha', fromStates: ['initial'] }), InvalidStateTransitionError);
      await assert.rejects(client.instances.finishUnplacedDelete(queued.vm.uuid, { namespace: 'beta', fromStates: ['initial'] }), NotFoundError);
    });

    it('a transition unless queued, as revision-2 callers fail creates, is still refused once work was queued', async () => {
      const asked = (uuid: string) => rawCall<Instance__Output>('TransitionInstanceState', { uuid, to_state: 'initial-error', from_states: ['initial'], unless_queued: true });
      const live = await newInstance();
      await client.operations.enqueue(createWork(live.uuid));
      await assert.rejects(asked(live.uuid), (err: { code?: number; details?: string }) => err.code === status.FAILED_PRECONDITION && /work queued/.test(err.details ?? ''));
      assert.equal((await client.instances.get(live.uuid)).state, 'initial');
      assert.equal((await asked((await newInstance()).uuid)).state, 'initial-error', 'nothing queued: it goes ahead');
    });

    /**
     * 24 fresh instances, one pair at a time: its create's guarded enqueue
     * raced against `other`. Half are sent enqueue first; the second call
     * of a pair follows after 0 to 12 ms, so in some pairs both are in the
     * tier at once and in others the first has committed.
     */
    const race = async (other: (uuid: string) => Promise<unknown>) => {
      const results: Array<{ uuid: string; enqueued: boolean; other: boolean }> = [];
      for (let i = 0; i < 24; i += 1) {
        const { uuid } = await newInstance();
        const gap = [0, 1, 3, 6, 12][Math.floor(i / 2) % 5] ?? 0;
        const enqueue = () => client.operations.enqueue(createWork(uuid));
        const [enqueued, won] = i % 2 === 0
          ? await Promise.allSettled([enqueue(), sleep(gap).then(() => other(uuid))])
          : (await Promise.allSettled([other(uuid), sleep(gap).then(enqueue)])).reverse();
        results.push({ uuid, enqueued: enqueued?.status === 'fulfilled', other: won?.status === 'fulfilled' });
      }
      return results;
    };

    it('racing a guarded enqueue against failing the create, exactly one of the two wins, every time', async () => {
      for (const { uuid, enqueued, other: failed } of await race(abandon)) {
        const state = (await client.instances.get(uuid)).state;
        const queued = (await client.operations.hasPending('instance', uuid)).pending;
        assert.notEqual(enqueued, failed, `instance ${uuid}: one of the two must win`);
        assert.equal(queued, state === 'initial', `instance ${uuid}: work queued exactly when it was not failed (${state})`);
        if (failed) assert.equal(state, 'error');
      }
    });

    it('racing a guarded enqueue against the delete of an unplaced instance, exactly one of the two wins', async () => {
      const remove = (uuid: string) => client.instances.finishUnplacedDelete(uuid, { namespace: 'alpha', fromStates: ['initial'] });
      for (const { uuid, enqueued, other: deleted } of await race(remove)) {
        assert.notEqual(enqueued, deleted, `instance ${uuid}: one of the two must win`);
        assert.equal((await client.instances.get(uuid)).state, deleted ? 'deleted' : 'initial');
      }
    });
  });

  describe('idempotency keys', () => {
    it('a replayed claim returns the first reply and claims nothing more', async () => {
      const a = await client.operations.enqueue({ operation_type: 'idem', target_node: 'n-idem', no_coalesce: true });
      const b = await client.operations.enqueue({ operation_type: 'idem', target_node: 'n-idem', no_coalesce: true });
      const key = randomUUID();
      const first = await rawCall<ClaimOperationsResponse__Output>('ClaimOperations', { node: 'n-idem', limit: 1 }, key);
      const replay = await rawCall<ClaimOperationsResponse__Output>('ClaimOperations', { node: 'n-idem', limit: 1 }, key);
      assert.equal(first.operations.length, 1);
      assert.deepEqual(replay.operations.map((o) => o.uuid), first.operations.map((o) => o.uuid));
      const queued = await client.operations.list({ target_node: 'n-idem', states: ['queued'] });
      assert.equal(queued.operations.length, 1, 'the other operation is still queued');
      assert.ok([a.operation?.uuid, b.operation?.uuid].includes(queued.operations[0]?.uuid));
    });

    it('a replayed create makes one instance', async () => {
      const key = randomUUID();
      const request = { instance: { namespace: 'alpha', name: 'once', cpus: 1, memory_mib: 64 } };
      const first = await rawCall<Instance__Output>('CreateInstance', request, key);
      const replay = await rawCall<Instance__Output>('CreateInstance', request, key);
      assert.equal(replay.uuid, first.uuid);
      assert.equal((await client.instances.list({ namespace: 'alpha', name: 'once' })).instances.length, 1);
    });
  });

  describe('cluster locks', () => {
    it('one holder at a time; the holder renews; an expired lease is stolen; release needs the holder', async () => {
      const a = await client.locks.acquire('maintainer', 'node-a', 60);
      assert.equal(a.ok, true);
      assert.equal(a.lock?.holder, 'node-a');
      const b = await client.locks.acquire('maintainer', 'node-b', 60);
      assert.equal(b.ok, false);
      assert.equal(b.lock?.holder, 'node-a');
      assert.equal((await client.locks.acquire('maintainer', 'node-a', 60)).ok, true, 'acquiring again renews');
      assert.equal((await client.locks.refresh('maintainer', 'node-b', 60)).ok, false);
      await served.sql.exec("UPDATE cluster_locks SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE name = 'maintainer'");
      const stolen = await client.locks.acquire('maintainer', 'node-b', 60);
      assert.equal(stolen.ok, true);
      assert.equal(stolen.lock?.holder, 'node-b');
      assert.equal((await client.locks.refresh('maintainer', 'node-a', 60)).ok, false, 'the old holder lost it');
      const refreshed = await client.locks.refresh('maintainer', 'node-b', 120);
      assert.equal(refreshed.ok, true);
      assert.ok((refreshed.lock?.expires_at ?? 0) > (stolen.lock?.expires_at ?? 0));
      assert.equal((await client.locks.release('maintainer', 'node-a')).ok, false);
      assert.equal((await client.locks.get('maintainer')).lock?.holder, 'node-b');
      assert.equal((await client.locks.release('maintainer', 'node-b')).ok, true);
      assert.equal((await client.locks.get('maintainer')).ok, false);
    });

    it('lists the locks held now, by name, and the reservations creates hold, soonest lease first (API revision 11)', async () => {
      await client.locks.acquire('list-b', 'node-b:12:ab', 60);
      await client.locks.acquire('list-a', 'node-a', 60);
      await client.locks.acquire('list-gone', 'node-c', 60);
      await served.sql.exec("UPDATE cluster_locks SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE name = 'list-gone'");
      const listed = (await client.locks.list()).filter((l) => l.name.startsWith('list-'));
      assert.deepEqual(listed.map((l) => [l.name, l.holder]), [['list-a', 'node-a'], ['list-b', 'node-b:12:ab']], 'an expired lock is free, not held');
      assert.ok(listed.every((l) => l.expires_at > Date.now() / 1000));

      await client.nodes.register({ name: 'n-locks', fqdn: 'n-locks', mesh_ip: '127.0.0.1', cpus: 8, memory_mib: 8192, disk_gib: 80 });
      await client.scheduling.setNodeLimits('n-locks', { cpus: 8, memory_mib: 8192, disk_gib: 80 });
      const [long, short, kept] = await Promise.all(['long', 'short', 'kept'].map((name) => client.instances.create({ namespace: 'alpha', name: `locks-${name}`, cpus: 1, memory_mib: 64 })));
      const place = (uuid: string, lease: number) => client.scheduling.place('alpha', [{ instance_uuid: uuid, cpus: 1, memory_mib: 64, disk_gib: 1 }], ['n-locks'], lease);
      await place(kept?.uuid ?? '', 30);
      await client.scheduling.keepUntilConsumed(kept?.uuid ?? '');
      await place(long?.uuid ?? '', 600);
      await place(short?.uuid ?? '', 60);
      const held = (await client.scheduling.listHeld()).filter((r) => r.node === 'n-locks');
      assert.deepEqual(held.map((r) => [r.instance_uuid, r.namespace, r.until_consumed]), [[short?.uuid, 'alpha', false], [long?.uuid, 'alpha', false], [kept?.uuid, 'alpha', true]]);
      assert.ok((held[0]?.lease_expires ?? 0) < (held[1]?.lease_expires ?? 0));
      assert.equal(held[2]?.lease_expires, 0);
      await client.scheduling.consume(short?.uuid ?? '');
      assert.ok(!(await client.scheduling.listHeld()).some((r) => r.instance_uuid === short?.uuid), 'a consumed reservation is the instance running, not a create holding it');
      assert.equal((await client.scheduling.listHeld(1)).length, 1);
      for (const name of ['list-a', 'list-b']) await client.locks.release(name, name === 'list-a' ? 'node-a' : 'node-b:12:ab');
    });

    it('of 16 concurrent acquirers exactly one holds the lock', async () => {
      const results = await Promise.all(Array.from({ length: 16 }, (_, i) => client.locks.acquire('race', `node-${i}`, 60)));
      assert.equal(results.filter((r) => r.ok).length, 1);
      await assert.rejects(client.locks.acquire('race', 'x', 100_000), ValidationError);
    });
  });

  describe('events', () => {
    const objectUuid: string = randomUUID();
    const event = (type: string, timestamp: number, objects: Array<{ object_type: string; object_uuid: string }> = [{ object_type: 'instance', object_uuid: objectUuid }]) => ({
      event_uuid: randomUUID(),
      event_type: type,
      timestamp,
      fqdn: 'node1',
      message: `${type} at ${timestamp}`,
      objects,
    });

    it('records a batch, ignores a replayed one, and reads newest first in pages', async () => {
      const now = Date.now() / 1000;
      const batch = Array.from({ length: 5 }, (_, i) => event('audit', now - 100 + i));
      assert.equal(await client.events.record(batch), 5);
      assert.equal(await client.events.record(batch), 5, 'a retried batch is accepted and recorded once');
      const first = await client.events.forObject({ object_type: 'instance', object_uuid: objectUuid, limit: 3 });
      assert.deepEqual(first.events.map((e) => e.message), [4, 3, 2].map((i) => `audit at ${now - 100 + i}`));
      const second = await client.events.forObject({ object_type: 'instance', object_uuid: objectUuid.toUpperCase(), limit: 3, page_token: first.next_page_token });
      assert.deepEqual(second.events.map((e) => e.message), [1, 0].map((i) => `audit at ${now - 100 + i}`));
      assert.equal(second.next_page_token, '');
      await assert.rejects(client.events.record([event('audit', now, [])]), ValidationError);
    });

    it('prunes by object age (keeping events another object still holds) and by count per type', async () => {
      const now = Date.now() / 1000;
      const node = { object_type: 'node', object_uuid: 'node-prune' };
      const vm = { object_type: 'instance', object_uuid: randomUUID() };
      const old = event('audit', now - 7200, [vm, node]);
      await client.events.record([old, event('audit', now - 7100, [vm]), ...Array.from({ length: 4 }, (_, i) => event('usage', now - i, [vm]))]);
      const pruned = await client.events.prune([{ object_type: 'instance', max_age_seconds: 3600 }], [{ event_type: 'usage', max_events: 2 }]);
      assert.ok(pruned.object_rows_deleted >= 4);
      const vmEvents = await client.events.forObject({ object_type: 'instance', object_uuid: vm.object_uuid });
      assert.deepEqual(vmEvents.events.map((e) => e.event_type), ['usage', 'usage']);
      const nodeEvents = await client.events.forObject({ object_type: 'node', object_uuid: 'node-prune' });
      assert.deepEqual(nodeEvents.events.map((e) => e.event_uuid), [old.event_uuid], 'the node still holds the old event');
    });

    it('deletes the events whose last object rows it aged out, and looks at no other event', async () => {
      const now = Date.now() / 1000;
      const vm = { object_type: 'instance', object_uuid: randomUUID() };
      const aged = [event('audit', now - 7200, [vm]), event('audit', now - 7100, [vm])];
      await client.events.record([...aged, event('audit', now - 10, [vm])]);
      // An event with no object row left that this prune does not age out (as a crash between a prune's two steps leaves one).
      const stray = event('audit', now - 9000, [{ object_type: 'blob', object_uuid: randomUUID() }]);
      await client.events.record([stray]);
      await served.sql.exec('DELETE FROM event_objects WHERE event_uuid = ?', [stray.event_uuid]);
      const pruned = await client.events.prune([{ object_type: 'instance', max_age_seconds: 3600 }], []);
      assert.deepEqual([pruned.object_rows_deleted, pruned.events_deleted], [2, 2]);
      const left = await served.sql.rows<{ event_uuid: string }>(
        'SELECT event_uuid FROM events WHERE event_uuid IN (?, ?, ?)',
        [...aged.map((e) => e.event_uuid), stray.event_uuid],
      );
      assert.deepEqual(left.map((e) => e.event_uuid), [stray.event_uuid]);
    });

    it('the buffered writer never blocks the caller and flushes in batches', async () => {
      const writer = client.eventWriter({ batchSize: 10, flushIntervalMs: 50 });
      const vm = randomUUID();
      for (let i = 0; i < 25; i += 1) writer.record({ eventType: 'audit', message: `m${i}`, objects: [{ object_type: 'instance', object_uuid: vm }] });
      assert.ok(writer.pending > 0, 'record returned before anything was sent');
      await writer.close();
      assert.equal(writer.pending, 0);
      const read = await client.events.forObject({ object_type: 'instance', object_uuid: vm, limit: 100 });
      assert.equal(read.events.length, 25);
    });
  });
});
