import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { AlreadyExistsError, InvalidStateTransitionError, NotFoundError, UnauthenticatedError, ValidationError } from '@sf/common';
import type { DatabaseClient } from '@sf/database-client';
import { serveTestDatabase } from '../support/served-database.js';

/** Every object RPC through the real client against a real sf-database process and MariaDB. */
describe('sf-database object RPCs (real process, real MariaDB)', function () {
  this.timeout(60_000);
  const served = serveTestDatabase(async (client) => {
    await client.namespaces.create('alpha');
    await client.namespaces.create('beta');
    await client.nodes.register({ name: 'node1', fqdn: 'node1.example.com', mesh_ip: '10.0.0.1', roles: ['hypervisor', 'network'], cpus: 8, memory_mib: 16384, disk_gib: 100 });
  });
  let client: DatabaseClient;
  before(() => {
    client = served.client;
  });

  const newInstance = (namespace = 'alpha', name = 'vm') =>
    client.instances.create({ namespace, name, cpus: 1, memory_mib: 1024, disks: [{ base: 'debian:12', size_gib: 8, bus: 'virtio', type: 'disk' }] });

  describe('namespaces', () => {
    it('create, get, list with a state filter, transition, purge', async () => {
      const made = await client.namespaces.create('gamma');
      assert.equal(made.state, 'created');
      assert.equal((await client.namespaces.get('gamma')).generation, 1);
      const names = (await client.namespaces.list({ states: ['created'] })).namespaces.map((n) => n.name);
      assert.deepEqual(names, ['alpha', 'beta', 'gamma']);
      const deleted = await client.namespaces.transition('gamma', 'deleted');
      assert.equal(deleted.state, 'deleted');
      assert.equal(deleted.generation, 2);
      assert.deepEqual(await client.namespaces.purge('gamma'), { ok: true });
      await assert.rejects(client.namespaces.get('gamma'), NotFoundError);
    });

    it('refuses a duplicate, a bad name, an illegal transition and purging a live namespace', async () => {
      await assert.rejects(client.namespaces.create('alpha'), AlreadyExistsError);
      await assert.rejects(client.namespaces.create('no spaces'), ValidationError);
      await assert.rejects(client.namespaces.transition('alpha', 'created'), InvalidStateTransitionError);
      await assert.rejects(client.namespaces.purge('alpha'), (err: unknown) => err instanceof InvalidStateTransitionError && /is created/.test(err.message));
      await assert.rejects(client.namespaces.get('nope'), NotFoundError);
    });
  });

  describe('nodes', () => {
    it('register is an upsert that revives a missing node, heartbeat bumps last_seen, list filters by role and state', async () => {
      const first = await client.nodes.get('node1');
      assert.deepEqual(first.roles, ['hypervisor', 'network']);
      await client.nodes.transition('node1', 'missing');
      const again = await client.nodes.register({ name: 'node1', fqdn: 'node1.example.com', mesh_ip: '10.0.0.1', roles: ['hypervisor', 'network'], cpus: 16 });
      assert.equal(again.state, 'created');
      assert.equal(again.cpus, 16);
      assert.ok(again.generation > first.generation);
      const beat = await client.nodes.heartbeat('node1');
      assert.equal(beat.state, 'created');
      assert.ok(beat.last_seen >= again.last_seen);
      await client.nodes.register({ name: 'node2', fqdn: 'node2', mesh_ip: '10.0.0.2', roles: ['hypervisor'] });
      assert.deepEqual((await client.nodes.list({ role: 'network' })).nodes.map((n) => n.name), ['node1']);
      assert.deepEqual((await client.nodes.list({ states: ['created'] })).nodes.map((n) => n.name), ['node1', 'node2']);
    });

    it('refuses unknown nodes, missing fields and illegal transitions', async () => {
      await assert.rejects(client.nodes.heartbeat('ghost'), NotFoundError);
      await assert.rejects(client.nodes.get('ghost'), NotFoundError);
      await assert.rejects(client.nodes.register({ name: 'x', mesh_ip: '10.0.0.9' }), ValidationError);
      await assert.rejects(client.nodes.transition('node2', 'stopped'), (err: unknown) => err instanceof InvalidStateTransitionError && /node2 is created/.test(err.message));
      await assert.rejects(client.nodes.transition('node2', 'dancing'), ValidationError);
    });
  });

  describe('instances', () => {
    it('create and get keep every field; the namespace scopes reads', async () => {
      const uuid = randomUUID();
      const made = await client.instances.create({
        uuid: uuid.replaceAll('-', '').toUpperCase(),
        namespace: 'alpha',
        name: 'web',
        cpus: 2,
        memory_mib: 2048,
        disks: [{ base: 'debian:12', size_gib: 20, bus: 'virtio', type: 'disk' }],
        ssh_key: 'ssh-ed25519 AAAA',
        user_data: 'I2Nsb3VkLWNvbmZpZw==',
        requested_node: 'node1',
        affinity_json: '{"cpu":{"web":-10}}',
      });
      assert.equal(made.uuid, uuid, 'uuids are stored in their canonical dashed lower-case form');
      assert.equal(made.state, 'initial');
      assert.equal(made.power_state, 'initial');
      assert.deepEqual(made.disks, [{ base: 'debian:12', size_gib: 20, bus: 'virtio', type: 'disk' }]);
      assert.equal(made.affinity_json, '{"cpu":{"web":-10}}');
      const got = await client.instances.get(uuid, 'alpha');
      assert.deepEqual(got, made);
      await assert.rejects(client.instances.get(uuid, 'beta'), NotFoundError, 'another namespace is hidden, not forbidden');
      await assert.rejects(client.instances.get(randomUUID()), NotFoundError);
      await assert.rejects(client.instances.get('not-a-uuid'), ValidationError);
    });

    it('coalesces concurrent gets and still answers each caller with its own row or error', async () => {
      const a = await newInstance('alpha', 'batch-a');
      await client.namespaces.create('delta');
      const b = await newInstance('delta', 'batch-b');
      const missing = randomUUID();
      const results = await Promise.allSettled([
        client.instances.get(a.uuid, 'alpha'),
        client.instances.get(a.uuid.toUpperCase(), 'alpha'),
        client.instances.get(b.uuid, 'alpha'),
        client.instances.get(missing, 'alpha'),
        client.instances.get('garbage', 'alpha'),
        client.instances.get(b.uuid, 'delta'),
      ]);
      const [first, upper, hidden, absent, invalid, own] = results;
      assert.equal(first?.status === 'fulfilled' && first.value.uuid, a.uuid);
      assert.equal(upper?.status === 'fulfilled' && upper.value.uuid, a.uuid);
      assert.ok(hidden?.status === 'rejected' && hidden.reason instanceof NotFoundError, 'another namespace stays hidden in a batch');
      assert.ok(absent?.status === 'rejected' && absent.reason instanceof NotFoundError);
      assert.ok(invalid?.status === 'rejected' && invalid.reason instanceof ValidationError);
      assert.equal(own?.status === 'fulfilled' && own.value.name, 'batch-b');
      const many = await client.instances.getMany([a.uuid, missing, 'nope']);
      assert.deepEqual(many.instances.map((i) => i.uuid), [a.uuid]);
      assert.deepEqual(many.missing, [missing]);
      assert.deepEqual(many.invalid, ['nope']);
    });

    it('refuses a duplicate uuid, a missing namespace and bad sizes', async () => {
      const made = await newInstance();
      await assert.rejects(client.instances.create({ uuid: made.uuid, namespace: 'alpha', name: 'dup', cpus: 1, memory_mib: 1 }), AlreadyExistsError);
      await assert.rejects(client.instances.create({ namespace: 'nowhere', name: 'x', cpus: 1, memory_mib: 1 }), NotFoundError);
      await assert.rejects(client.instances.create({ namespace: 'alpha', name: 'x', cpus: 0, memory_mib: 1 }), ValidationError);
      await assert.rejects(client.instances.create({ namespace: 'alpha', name: 'x', cpus: 1, memory_mib: 1, state: 'created' }), ValidationError);
    });

    it('walks the state machine with guarded transitions and names the current state on refusal', async () => {
      const made = await newInstance();
      const creating = await client.instances.transition(made.uuid, 'creating', { namespace: 'alpha' });
      assert.equal(creating.generation, made.generation + 1);
      await assert.rejects(
        client.instances.transition(made.uuid, 'preflight'),
        (err: unknown) => err instanceof InvalidStateTransitionError && err.details?.current_state === 'creating' && /is creating/.test(err.message),
      );
      await assert.rejects(client.instances.transition(made.uuid, 'created', { namespace: 'beta' }), NotFoundError);
      await assert.rejects(client.instances.transition(made.uuid, 'created', { fromStates: ['initial'] }), InvalidStateTransitionError);
      const failed = await client.instances.transition(made.uuid, 'creating-error', { errorMessage: 'disk full' });
      assert.equal(failed.error_message, 'disk full');
      assert.equal((await client.instances.transition(made.uuid, 'error')).state, 'error');
      assert.equal((await client.instances.transition(made.uuid, 'deleted')).state, 'deleted');
      await assert.rejects(client.instances.transition(made.uuid, 'error'), InvalidStateTransitionError, 'deleted has no exits');
    });

    it('lets exactly one of concurrent racers win a transition', async () => {
      const made = await newInstance();
      const results = await Promise.allSettled(Array.from({ length: 16 }, () => client.instances.transition(made.uuid, 'preflight')));
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
      for (const r of results) if (r.status === 'rejected') assert.ok(r.reason instanceof InvalidStateTransitionError);
    });

    it('updates fields, records the previous power state, and refuses a stale generation', async () => {
      const made = await newInstance();
      const placed = await client.instances.update({ uuid: made.uuid, node: 'node1', console_port: 30001, power_state: 'on', expected_generation: made.generation });
      assert.equal(placed.node, 'node1');
      assert.equal(placed.console_port, 30001);
      assert.equal(placed.power_state, 'on');
      assert.equal(placed.power_state_previous, 'initial');
      assert.ok(placed.power_state_updated > 0);
      await assert.rejects(
        client.instances.update({ uuid: made.uuid, power_state: 'off', expected_generation: made.generation }),
        (err: unknown) => err instanceof InvalidStateTransitionError && err.code === 'SF_ERR_INVALID_STATE_GENERATION',
      );
      await assert.rejects(client.instances.update({ uuid: made.uuid }), ValidationError);
      await assert.rejects(client.instances.update({ uuid: made.uuid, node: 'no-such-node' }), NotFoundError);
      await assert.rejects(client.instances.update({ uuid: made.uuid, namespace: 'beta', node: '' }), NotFoundError);
    });

    it('lists with filters pushed into SQL and pages by key', async () => {
      const made = await Promise.all(Array.from({ length: 5 }, (_, i) => client.instances.create({ namespace: 'beta', name: `page-${i}`, cpus: 1, memory_mib: 64 })));
      await client.instances.update({ uuid: made[0]?.uuid ?? '', node: 'node2' });
      const seen: string[] = [];
      let token = '';
      do {
        const page = await client.instances.list({ namespace: 'beta', page: { page_size: 2, page_token: token } });
        assert.ok(page.instances.length <= 2);
        seen.push(...page.instances.map((i) => i.uuid));
        token = page.next_page_token;
      } while (token !== '');
      assert.deepEqual(seen, made.map((i) => i.uuid).sort());
      assert.deepEqual((await client.instances.list({ node: 'node2' })).instances.map((i) => i.uuid), [made[0]?.uuid]);
      assert.deepEqual((await client.instances.list({ namespace: 'beta', name: 'page-3' })).instances.map((i) => i.uuid), [made[3]?.uuid]);
      assert.equal((await client.instances.list({ namespace: 'beta', states: ['created'] })).instances.length, 0);
      assert.equal((await client.instances.list({ namespace: 'alpha', name: 'page-3' })).instances.length, 0, 'a name in another namespace does not match');
    });

    it('purges only a deleted instance', async () => {
      const made = await newInstance();
      await assert.rejects(client.instances.purge(made.uuid), InvalidStateTransitionError);
      await client.instances.transition(made.uuid, 'deleted');
      await assert.rejects(client.instances.purge(made.uuid, { namespace: 'beta' }), NotFoundError);
      assert.deepEqual(await client.instances.purge(made.uuid, { namespace: 'alpha' }), { ok: true });
      await assert.rejects(client.instances.get(made.uuid), NotFoundError);
    });
  });

  describe('networks and interfaces', () => {
    it('create, get, list, update, transition, purge a network', async () => {
      const net = await client.networks.create({ namespace: 'alpha', name: 'lan', netblock: '10.1.0.0/24', provide_dhcp: true, provide_nat: true });
      assert.equal(net.state, 'initial');
      assert.equal(net.vxid, 0);
      const updated = await client.networks.update({ uuid: net.uuid, vxid: 4242, carrier_node: 'node1', expected_generation: net.generation });
      assert.equal(updated.vxid, 4242);
      assert.equal((await client.networks.get(net.uuid, 'alpha')).carrier_node, 'node1');
      await assert.rejects(client.networks.get(net.uuid, 'beta'), NotFoundError);
      assert.deepEqual((await client.networks.list({ carrier_node: 'node1' })).networks.map((n) => n.uuid), [net.uuid]);
      const other = await client.networks.create({ namespace: 'alpha', name: 'lan2', netblock: '10.2.0.0/24' });
      await assert.rejects(client.networks.update({ uuid: other.uuid, vxid: 4242 }), AlreadyExistsError, 'a VNI is unique');
      await assert.rejects(client.networks.create({ namespace: 'alpha', name: 'bad', netblock: '10.1.0.0' }), ValidationError);
      assert.equal((await client.networks.transition(net.uuid, 'created')).state, 'created');
      await assert.rejects(client.networks.transition(net.uuid, 'initial'), InvalidStateTransitionError);
      await client.networks.transition(other.uuid, 'deleted');
      assert.deepEqual(await client.networks.purge(other.uuid), { ok: true });
    });

    it('create, get, list, update, transition, purge an interface', async () => {
      const net = await client.networks.create({ namespace: 'alpha', name: 'nics', netblock: '10.3.0.0/24' });
      await client.networks.transition(net.uuid, 'created');
      const vm = await newInstance();
      const nic = await client.networkInterfaces.create({
        namespace: 'alpha',
        network_uuid: net.uuid,
        instance_uuid: vm.uuid,
        macaddr: '02:00:00:AA:BB:CC',
        ipv4: '10.3.0.5',
        order: 0,
      });
      assert.equal(nic.macaddr, '02:00:00:aa:bb:cc');
      assert.equal(nic.model, 'virtio');
      assert.deepEqual((await client.networkInterfaces.list({ instance_uuid: vm.uuid })).network_interfaces.map((n) => n.uuid), [nic.uuid]);
      assert.deepEqual((await client.networkInterfaces.list({ network_uuid: net.uuid, states: ['initial'] })).network_interfaces.length, 1);
      assert.equal((await client.networkInterfaces.update({ uuid: nic.uuid, floating: '192.0.2.10' })).floating, '192.0.2.10');
      await assert.rejects(client.networkInterfaces.get(nic.uuid, 'beta'), NotFoundError);
      await assert.rejects(
        client.networkInterfaces.create({ namespace: 'alpha', network_uuid: randomUUID(), instance_uuid: vm.uuid, macaddr: '02:00:00:00:00:01' }),
        NotFoundError,
      );
      await assert.rejects(client.networkInterfaces.create({ namespace: 'alpha', network_uuid: net.uuid, instance_uuid: vm.uuid, macaddr: 'zz' }), ValidationError);
      assert.equal((await client.networkInterfaces.transition(nic.uuid, 'created')).state, 'created');
      await assert.rejects(client.networkInterfaces.transition(nic.uuid, 'initial'), InvalidStateTransitionError);
      await client.networkInterfaces.transition(nic.uuid, 'deleted');
      assert.deepEqual(await client.networkInterfaces.delete(nic.uuid), { ok: true });
      await assert.rejects(client.networkInterfaces.get(nic.uuid), NotFoundError);
    });
  });

  describe('instance views', () => {
    it('one call checks the key and returns the instance, its interfaces in NIC order and its metadata', async () => {
      const net = await client.networks.create({ namespace: 'alpha', name: 'views', netblock: '10.4.0.0/24' });
      await client.networks.transition(net.uuid, 'created');
      const [vm, other] = [await newInstance('alpha', 'viewed'), await newInstance('alpha', 'bare')];
      const nic = (order: number, mac: string) =>
        client.networkInterfaces.create({ namespace: 'alpha', network_uuid: net.uuid, instance_uuid: vm.uuid, macaddr: mac, ipv4: `10.4.0.${10 + order}`, order });
      const second = await nic(1, '02:00:00:00:04:01');
      const first = await nic(0, '02:00:00:00:04:00');
      await client.metadata.set({ objectType: 'instance', objectRef: vm.uuid, namespace: 'alpha' }, 'role', { tier: 'web' });
      const key = await client.namespaces.setKey('alpha', 'viewer', 'hash-of-a-key');
      const check = { namespace: 'alpha', key_name: 'viewer', nonce: key.nonce };

      const view = await client.instanceViews.get(vm.uuid.toUpperCase(), 'alpha', check);
      assert.equal(view.instance?.name, 'viewed');
      assert.deepEqual(view.instance?.disks, [{ base: 'debian:12', size_gib: 8, bus: 'virtio', type: 'disk' }]);
      assert.deepEqual(view.interfaces.map((i) => [i.uuid, i.order, i.ipv4]), [[first.uuid, 0, '10.4.0.10'], [second.uuid, 1, '10.4.0.11']]);
      assert.deepEqual(Object.fromEntries(Object.entries(view.metadata_json).map(([k, v]) => [k, JSON.parse(v) as unknown])), { role: { tier: 'web' } });
      assert.equal(view.instance?.created, (await client.instances.get(vm.uuid)).created);

      // Asked in one turn, the two gets leave as one call: each gets its own view.
      const [a, b] = await Promise.all([client.instanceViews.get(vm.uuid, 'alpha', check), client.instanceViews.get(other.uuid, 'alpha', check)]);
      assert.deepEqual([a.instance?.uuid, a.interfaces.length, b.instance?.uuid, b.interfaces.length, Object.keys(b.metadata_json).length], [vm.uuid, 2, other.uuid, 0, 0]);

      const noCheck = { namespace: '', key_name: '', nonce: '' };
      await assert.rejects(client.instanceViews.get(vm.uuid, 'beta', noCheck), NotFoundError, 'another namespace sees nothing');
      await assert.rejects(client.instanceViews.get(randomUUID(), 'alpha', check), NotFoundError);
      await assert.rejects(client.instanceViews.get('not-a-uuid', 'alpha', check), ValidationError);
      await assert.rejects(client.instanceViews.get(vm.uuid, 'alpha', { ...check, nonce: key.nonce.toUpperCase() === key.nonce ? 'x' : key.nonce.toUpperCase() }), UnauthenticatedError);
      await assert.rejects(client.instanceViews.get('not-a-uuid', 'alpha', { ...check, nonce: 'stale' }), UnauthenticatedError, 'the key is checked first');
      await client.namespaces.deleteKey('alpha', 'viewer');
      await assert.rejects(client.instanceViews.get(vm.uuid, 'alpha', check), UnauthenticatedError, 'a deleted key revokes its tokens');
    });
  });

  describe('metadata', () => {
    it('sets, reads and deletes keys, bumping the owner generation', async () => {
      const vm = await newInstance();
      const owner = { objectType: 'instance' as const, objectRef: vm.uuid, namespace: 'alpha' };
      assert.deepEqual(await client.metadata.get(owner), {});
      await client.metadata.set(owner, 'tags', ['web', 'prod']);
      const all = await client.metadata.set(owner, 'affinity', { cpu: { web: -10 } });
      assert.deepEqual(all, { affinity: { cpu: { web: -10 } }, tags: ['web', 'prod'] });
      assert.equal((await client.instances.get(vm.uuid)).generation, vm.generation + 2);
      assert.deepEqual(await client.metadata.delete(owner, 'tags'), { deleted: true });
      assert.deepEqual(await client.metadata.delete(owner, 'tags'), { deleted: false });
      assert.deepEqual(await client.metadata.get(owner), { affinity: { cpu: { web: -10 } } });
      await client.metadata.set({ objectType: 'namespace', objectRef: 'beta' }, 'owner', 'team-b');
      assert.deepEqual(await client.metadata.get({ objectType: 'namespace', objectRef: 'beta' }), { owner: 'team-b' });
    });

    it('keys compare exactly: case, accents and trailing spaces make different keys', async () => {
      const vm = await newInstance();
      const owner = { objectType: 'instance' as const, objectRef: vm.uuid, namespace: 'alpha' };
      for (const [key, value] of [['role', 1], ['Role', 2], ['résumé', 3], ['resume', 4], ['tag', 5], ['tag ', 6]] as const) await client.metadata.set(owner, key, value);
      assert.deepEqual(await client.metadata.get(owner), { role: 1, Role: 2, 'résumé': 3, resume: 4, tag: 5, 'tag ': 6 });
      assert.deepEqual(await client.metadata.delete(owner, 'ROLE'), { deleted: false });
    });

    it('refuses another namespace, unknown objects and object types', async () => {
      const vm = await newInstance();
      await assert.rejects(client.metadata.get({ objectType: 'instance', objectRef: vm.uuid, namespace: 'beta' }), NotFoundError);
      await assert.rejects(client.metadata.set({ objectType: 'instance', objectRef: vm.uuid, namespace: 'beta' }, 'k', 1), NotFoundError);
      await assert.rejects(client.metadata.get({ objectType: 'instance', objectRef: randomUUID() }), NotFoundError, 'a missing object is not an empty map');
      await assert.rejects(client.metadata.get({ objectType: 'widget' as 'instance', objectRef: 'x' }), ValidationError);
    });
  });
});
