import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { AlreadyExistsError, DatabaseUnavailableError, createLogger } from '@sf/common';
import { buildApp } from '../../src/app.js';
import { scopedKey, uuidFromKey } from '../../src/internal/idempotency.js';
import { envelope, ok } from '../helpers/assert-envelope.js';
import { addNode, startStack, SYSTEM_KEY, type Stack } from '../helpers/stack.js';

type View = Record<string, unknown> & { uuid: string; state: string };
type Nic = { uuid: string; macaddr: string; ipv4: string | null; order: number; network_uuid: string; instance_uuid: string; metadata: Record<string, unknown> };

/** The body create_instance() sends: every key present, unset ones null. */
function instanceBody(name: string, more: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name, cpus: 1, memory: 1024, network: [], disk: [{ size: 8, base: 'debian:12', bus: null, type: 'disk' }], ssh_key: null, user_data: null,
    placed_on: null, namespace: null, video: null, uefi: false, secure_boot: false, nvram_template: null, configdrive: null, metadata: null,
    side_channels: null, ...more,
  };
}

/** target with one member replaced; its other methods still bound to it. */
function replaced<T extends object>(target: T, name: keyof T, replacement: unknown): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (prop === name) return replacement;
      const value = Reflect.get(t, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
}

describe('sf-api instances, networks, interfaces, nodes, events and metadata (real HTTP, real tier)', function () {
  this.timeout(120000);
  let s: Stack;
  let admin: string;
  let t1: string;
  let t2: string;
  let net: View;

  before(async () => {
    s = await startStack();
    admin = await s.login('system', SYSTEM_KEY);
    for (const ns of ['t1', 't2']) ok(await s.call('POST', '/auth/namespaces', { token: admin, body: { namespace: ns, key_name: 'k', key: `key-${ns}` } }));
    t1 = await s.login('t1', 'key-t1');
    t2 = await s.login('t2', 'key-t2');
    await addNode(s.tier, 'hv1', 8, 16384, 500);
  });
  after(async () => {
    await s?.stop();
  });

  it('creates a network in initial with a VNI, queues its work, and lists and gets it by uuid and name', async () => {
    envelope(await s.call('POST', '/networks', { token: t1, body: { netblock: 'nonsense', name: 'n' } }), 400, /^cannot parse netblock/);
    envelope(await s.call('POST', '/networks', { token: t1, body: { netblock: '10.0.0.0/30', name: 'n' } }), 400, 'network is below minimum size of /29');
    envelope(await s.call('POST', '/networks', { token: t1, body: { netblock: '10.0.0.0/24', namespace: 't2' } }), 401, 'only admins can create resources in a different namespace');
    net = ok<View>(await s.call('POST', '/networks', { token: t1, body: { netblock: '10.1.0.0/24', name: 'net1', provide_nat: false } }));
    assert.equal(net.state, 'initial');
    assert.equal(net.namespace, 't1');
    assert.equal(net.provide_nat, false);
    assert.equal(net.provide_dhcp, true);
    assert.ok(Number(net.vxlan_id) >= 1);
    assert.deepEqual(Object.keys(net).sort(), ['floating_gateway', 'metadata', 'name', 'namespace', 'netblock', 'provide_dhcp', 'provide_dns', 'provide_nat', 'state', 'uuid', 'version', 'vxlan_id']);
    const ops = await s.tier.client.operations.list({ operation_type: 'network.create' });
    assert.ok(ops.operations.some((o) => o.targets.some((t) => t.object_uuid === net.uuid)));
    assert.equal(ok<View>(await s.call('GET', `/networks/${net.uuid}`, { token: t1, body: { namespace: 't1' } })).uuid, net.uuid);
    assert.equal(ok<View>(await s.call('GET', '/networks/net1', { token: t1 })).uuid, net.uuid);
    assert.deepEqual(ok<View[]>(await s.call('GET', '/networks', { token: t1, body: { all: false } })).map((n) => n.uuid), [net.uuid]);
    assert.deepEqual(ok<View[]>(await s.call('GET', '/networks', { token: t2 })), []);
    envelope(await s.call('GET', '/networks/nope', { token: t1 }), 404, 'network not found');
  });

  it('refuses instance creates in table order, and 406 only while the network is not created', async () => {
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('bad.name') }), 400, /is not useable as a DNS and Linux host name/);
    // Past what the compute driver takes on the node: refused here, before anything is written.
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('-web') }), 400, /is not useable as a DNS and Linux host name/);
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { cpus: 256 }) }), 400, /cpus/);
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { memory: 8 }) }), 400, /memory/);
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { disk: [{ size: null, base: null, bus: null, type: null }] }) }), 400, 'disk 0 is blank and so needs a size');
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { disk: [{ size: 8, base: null, bus: 'nvme', type: null }] }) }), 400, 'invalid disk bus nvme');
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { disk: [{ size: 65537, base: null, bus: null, type: null }] }) }), 400, /size/);
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { disk: [] }) }), 400, 'instance must specify at least one disk');
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { disk: [{ size: 8, base: null, bus: 'ide', type: null }] }) }), 400, 'IDE disks are no longer supported');
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { secure_boot: true }) }), 400, 'secure boot requires UEFI be enabled');
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { video: { model: 'cirrus' } }) }), 400, 'video specification requires "memory"');
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { configdrive: 'floppy' }) }), 400, 'invalid config drive type: "floppy"');
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { metadata: { tags: 'x' } }) }), 400, 'value for "tags" key should be a JSON list');
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { metadata: ['tags'] }) }), 400, 'metadata must be a dictionary');
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { network: ['net1'] }) }), 400, 'network specification should contain JSON objects');
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { network: [{ network_uuid: 'nope' }] }) }), 404, 'network nope not found');
    envelope(await s.call('POST', '/instances', { token: t2, body: instanceBody('i', { network: [{ network_uuid: net.uuid }] }) }), 404, `network ${net.uuid} does not exist`);
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { network: [{ network_uuid: net.uuid, address: '10.9.9.9' }] }) }), 400, 'network specification requests an address outside the range of the network');
    const nic = (more: Record<string, unknown>) => instanceBody('i', { network: [{ network_uuid: net.uuid, ...more }] });
    envelope(await s.call('POST', '/instances', { token: t1, body: nic({ address: '10.1.0.1' }) }), 400, 'network specification address 10.1.0.1 is the network, gateway or broadcast address of 10.1.0.0/24');
    envelope(await s.call('POST', '/instances', { token: t1, body: nic({ address: '10.1.0.255' }) }), 400, /broadcast address/);
    envelope(await s.call('POST', '/instances', { token: t1, body: nic({ macaddress: '52:54:00:12:34:56' }) }), 400, /macaddress 52:54:00:12:34:56 is not one this cloud hands out/);
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { metadata: { '': 1 } }) }), 400, /metadata/);
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { metadata: { ['k'.repeat(256)]: 1 } }) }), 400, /metadata/);
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { network: [{ network_uuid: net.uuid }] }) }), 406, `network ${net.uuid} is not ready (initial)`);
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { placed_on: 'nowhere' }) }), 404, 'Specified node does not exist');
    assert.deepEqual(ok<View[]>(await s.call('GET', '/instances', { token: t1, body: { all: true } })), [], 'nothing was written by a refused create');
  });

  let inst: View;
  it('creates an instance: placed, with a MAC and an address in the netblock, its work queued for the node', async () => {
    await s.tier.client.networks.transition(net.uuid, 'created');
    const twice = (more: Record<string, unknown>) => instanceBody('twice', { network: [{ network_uuid: net.uuid, ...more }, { network_uuid: net.uuid, ...more }] });
    envelope(await s.call('POST', '/instances', { token: t1, body: twice({ address: '10.1.0.9' }) }), 400, `network specification asks for address 10.1.0.9 on network ${net.uuid} twice`);
    envelope(await s.call('POST', '/instances', { token: t1, body: twice({ macaddress: '02:00:00:00:00:09' }) }), 400, 'network specification asks for macaddress 02:00:00:00:00:09 twice');
    assert.deepEqual(ok<View[]>(await s.call('GET', '/instances', { token: t1, body: { all: true } })), [], 'nothing was written by a refused create');
    inst = ok<View>(await s.call('POST', '/instances', { token: t1, body: instanceBody('web1', { network: [{ network_uuid: 'net1', address: '10.1.0.10' }], metadata: { tags: ['web'] } }) }));
    assert.equal(inst.state, 'initial');
    assert.equal(inst.power_state, 'initial');
    assert.equal(inst.node, 'hv1');
    assert.equal(inst.machine_type, 'pc');
    assert.deepEqual(inst.side_channels, ['sf-agent']);
    assert.deepEqual(inst.video, { model: 'cirrus', memory: 16384, vdi: 'spice' });
    assert.deepEqual(inst.metadata, { tags: ['web'] });
    const [nic] = inst.interfaces as Nic[];
    assert.equal(nic?.ipv4, '10.1.0.10');
    assert.match(nic?.macaddr ?? '', /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/);
    assert.equal(nic?.order, 0);
    for (const key of ['agent_state', 'error_message', 'console_port', 'vdi_tls_port', 'ssh_key', 'nvram_template']) assert.ok(key in inst && inst[key] === null, key);
    const ops = await s.tier.client.operations.list({ target_node: 'hv1', operation_type: 'instance.create' });
    assert.ok(ops.operations.some((o) => o.targets.some((t) => t.object_uuid === inst.uuid)));
    // Leased while the create ran, kept once its work was queued: nothing of a finished create can lapse.
    for (const pool of await s.tier.client.allocations.usage()) assert.equal(Number(pool.leased), 0, `${pool.pool} holds no lease`);
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('web2', { network: [{ network_uuid: net.uuid, address: '10.1.0.10' }] }) }), 409, 'address 10.1.0.10 in use');
    // As accepted (API.md section 5.2): what was left unset reads null, so Ansible's comparison of requested and existing disks holds.
    assert.deepEqual(inst.disk_spec, [{ size: 8, base: 'debian:12', bus: null, type: 'disk' }]);
    const spec = ok<View>(await s.call('POST', '/instances', { token: t1, body: instanceBody('spec', {
      disk: [{ size: 4, base: null, bus: null, type: null }, { size: null, base: 'debian:12', bus: 'sata', type: 'cdrom' }],
      video: { model: 'qxl', memory: '65536', vdi: null },
    }) }));
    assert.deepEqual(spec.disk_spec, [{ size: 4, base: null, bus: null, type: null }, { size: null, base: 'debian:12', bus: 'sata', type: 'cdrom' }]);
    assert.deepEqual(spec.video, { model: 'qxl', memory: 65536, vdi: 'spice' }, 'the CLI sends video memory as a string');
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('i', { video: { model: 'qxl', memory: '64k' } }) }), 400, /video\.memory/);
    ok(await s.call('DELETE', `/instances/${spec.uuid}`, { token: t1 }));
    // The MAC it took before its address was refused belongs to an interface never written: given back all the same.
    for (const pool of await s.tier.client.allocations.usage()) assert.equal(Number(pool.leased), 0, `${pool.pool} holds no lease after the failed create`);
  });

  it('answers 507 when no node has room, leaving the instance in error with the message', async () => {
    const r = await s.call('POST', '/instances', { token: t1, body: instanceBody('huge', { cpus: 64 }) });
    envelope(r, 507);
    const all = ok<View[]>(await s.call('GET', '/instances', { token: t1 }));
    const huge = all.find((i) => i.name === 'huge');
    assert.equal(huge?.state, 'error');
    assert.match(String(huge?.error_message), /cpu/i);
  });

  it('gets instances by uuid and name (ambiguous names are 400), and their interfaces', async () => {
    assert.equal(ok<View>(await s.call('GET', `/instances/${inst.uuid}`, { token: t1, body: { namespace: 't1' } })).uuid, inst.uuid);
    assert.equal(ok<View>(await s.call('GET', '/instances/web1', { token: t1 })).uuid, inst.uuid);
    const nics = ok<Nic[]>(await s.call('GET', `/instances/${inst.uuid}/interfaces`, { token: t1 }));
    assert.equal(nics.length, 1);
    const nic = ok<Nic>(await s.call('GET', `/interfaces/${nics[0]?.uuid}`, { token: t1 }));
    assert.equal(nic.instance_uuid, inst.uuid);
    assert.equal(ok<Nic[]>(await s.call('GET', `/networks/${net.uuid}/interfaces`, { token: t1 })).length, 1);
    // An interface's metadata is in every view of it (API.md sections 1.5 and 7), not only its own GET.
    ok(await s.call('PUT', `/interfaces/${nic.uuid}/metadata/role`, { token: t1, body: { value: { primary: true } } }));
    const role = { role: { primary: true } };
    assert.deepEqual(ok<Nic>(await s.call('GET', `/interfaces/${nic.uuid}`, { token: t1 })).metadata, role);
    assert.deepEqual(ok<Nic[]>(await s.call('GET', `/instances/${inst.uuid}/interfaces`, { token: t1 }))[0]?.metadata, role);
    assert.deepEqual(ok<Nic[]>(await s.call('GET', `/networks/${net.uuid}/interfaces`, { token: t1 }))[0]?.metadata, role);
    assert.deepEqual((ok<View>(await s.call('GET', `/instances/${inst.uuid}`, { token: t1 })).interfaces as Nic[])[0]?.metadata, role);
    assert.deepEqual((ok<View>(await s.call('GET', '/instances/web1', { token: t1 })).interfaces as Nic[])[0]?.metadata, role);
    assert.deepEqual((ok<View[]>(await s.call('GET', '/instances', { token: t1 })).find((i) => i.uuid === inst.uuid)?.interfaces as Nic[])[0]?.metadata, role);
    ok(await s.call('DELETE', `/interfaces/${nic.uuid}/metadata/role`, { token: t1 }));
    ok(await s.call('POST', '/instances', { token: t1, body: instanceBody('twin') }));
    ok(await s.call('POST', '/instances', { token: t1, body: instanceBody('twin') }));
    envelope(await s.call('GET', '/instances/twin', { token: t1 }), 400, 'multiple instances have the name "twin" in namespace "t1"');
    envelope(await s.call('GET', '/instances/00000000-0000-4000-8000-000000000000', { token: t1 }), 404, 'instance not found');
  });

  it("a network's interface list is not cut at the tier's default page of 100", async () => {
    const db = s.tier.client;
    const wide = await db.networks.create({ namespace: 't1', name: 'wide', netblock: '10.60.0.0/16' });
    await db.networks.transition(wide.uuid, 'created');
    const vm = await db.instances.create({ namespace: 't1', name: 'many-nics', state: 'initial', cpus: 1, memory_mib: 64 });
    for (let i = 0; i < 120; i++) {
      const mac = `02:00:00:60:${(i >> 8).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}`;
      await db.networkInterfaces.create({ namespace: 't1', network_uuid: wide.uuid, instance_uuid: vm.uuid, macaddr: mac, order: i });
    }
    assert.equal(ok<Nic[]>(await s.call('GET', '/networks/wide/interfaces', { token: t1 })).length, 120);
  });

  it('a keyed create whose first attempt died after writing the instance is finished by its retry, once', async () => {
    const key = 'resume-after-a-crash';
    const uuid = uuidFromKey(scopedKey('t1', 'POST', '/instances', key));
    // All the first attempt wrote before its sf-api died: the instance row.
    await s.tier.client.instances.create({ uuid, namespace: 't1', name: 'resumed', state: 'initial', cpus: 1, memory_mib: 1024, disks: [{ size_gib: 8, base: 'debian:12', bus: 'virtio', type: 'disk' }] });
    const body = instanceBody('resumed', { network: [{ network_uuid: net.uuid }] });
    const resumed = ok<View>(await s.call('POST', '/instances', { token: t1, body, headers: { 'idempotency-key': key } }));
    assert.equal(resumed.uuid, uuid);
    assert.equal(resumed.node, 'hv1', 'placed by the retry');
    assert.equal((resumed.interfaces as Nic[]).length, 1, 'with its interface');
    assert.equal((await s.tier.client.operations.hasPending('instance', uuid)).pending, true, 'and its work queued');
    const again = ok<View>(await s.call('POST', '/instances', { token: t1, body, headers: { 'idempotency-key': key } }));
    assert.equal(again.uuid, uuid);
    assert.equal((await s.tier.client.networkInterfaces.list({ instance_uuid: uuid })).network_interfaces.length, 1, 'one interface, not two');
  });

  /** The row a keyed create's first attempt wrote, asking for all the CPUs node hv1 has left. */
  const firstAttempt = async (key: string) => {
    const db = s.tier.client;
    const [hv] = await db.scheduling.candidates('t1');
    const free = (hv?.limits?.cpus ?? 0) - (hv?.used?.cpus ?? 0);
    const uuid = uuidFromKey(scopedKey('t1', 'POST', '/instances', key));
    await db.instances.create({ uuid, namespace: 't1', name: 'crowded', state: 'initial', cpus: free, memory_mib: 1024, disks: [{ size_gib: 8, base: 'debian:12', bus: 'virtio', type: 'disk' }] });
    return { uuid, free, limit: hv?.limits?.cpus };
  };

  it('a resumed create finishes on the reservation its first attempt made before dying, even on a full node', async () => {
    const db = s.tier.client;
    const key = 'resume-on-its-reservation';
    // The first attempt wrote its row and reserved the node's last room, then died before recording the node.
    const { uuid, free, limit } = await firstAttempt(key);
    await db.scheduling.place('t1', [{ instance_uuid: uuid, cpus: free, memory_mib: 1024, disk_gib: 8 }], ['hv1'], 600);
    const resumed = ok<View>(await s.call('POST', '/instances', { token: t1, body: instanceBody('crowded', { cpus: free }), headers: { 'idempotency-key': key } }));
    assert.equal(resumed.node, 'hv1', 'on the node it had reserved');
    assert.equal((await db.operations.hasPending('instance', uuid)).pending, true, 'its work queued');
    const [after] = await db.scheduling.candidates('t1');
    assert.equal(after?.used?.cpus, limit, 'one reservation, not two');
    assert.equal(await db.scheduling.release(uuid), true, 'its reservation, given back for the tests after this one');
  });

  it('a resumed create that finds no room leaves the attempt it resumed alone', async () => {
    const db = s.tier.client;
    const key = 'resume-without-room';
    // The first attempt, alive or not, wrote its row; another instance has taken the node's last room since.
    const { uuid, free } = await firstAttempt(key);
    const other = randomUUID();
    await db.scheduling.place('t1', [{ instance_uuid: other, cpus: free, memory_mib: 1024, disk_gib: 8 }], ['hv1'], 600);
    envelope(await s.call('POST', '/instances', { token: t1, body: instanceBody('crowded', { cpus: free }), headers: { 'idempotency-key': key } }), 507);
    assert.equal((await db.instances.get(uuid)).state, 'initial', 'not failed by the resumed attempt');
    assert.equal(await db.scheduling.release(other), true);
  });

  it('a keyed network create whose network was already settled answers with it and keeps no VNI', async () => {
    const db = s.tier.client;
    const key = 'network-swept-before-retry';
    const uuid = uuidFromKey(scopedKey('t1', 'POST', '/networks', key));
    await db.networks.create({ uuid, namespace: 't1', name: 'swept', netblock: '10.5.0.0/24' });
    await db.networks.transition(uuid, 'error');
    const vnis = async () => Number((await db.allocations.usage('vxlan')).find((p) => p.pool === 'vxlan')?.used ?? 0);
    const before = await vnis();
    const answer = ok<View>(await s.call('POST', '/networks', { token: t1, body: { netblock: '10.5.0.0/24', name: 'swept' }, headers: { 'idempotency-key': key } }));
    assert.equal(answer.uuid, uuid);
    assert.equal(answer.state, 'error');
    assert.equal(await vnis(), before, 'the VNI the retry took is given back');
    assert.equal((await db.operations.hasPending('network', uuid)).pending, false, 'nothing queued for it');
  });

  it('a used Idempotency-Key replays its reply to the same request and refuses another body with 409', async () => {
    const headers = { 'idempotency-key': 'same-key-other-body' };
    const body = { netblock: '10.6.0.0/24', name: 'keyed' };
    const first = ok<View>(await s.call('POST', '/networks', { token: t1, body, headers }));
    const again = await s.call('POST', '/networks', { token: t1, body, headers });
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.equal((again.json as View).uuid, first.uuid);
    const other = await s.call('POST', '/networks', { token: t1, body: { ...body, netblock: '10.7.0.0/24' }, headers });
    envelope(other, 409, 'Idempotency-Key was already used for a request with another body');
    assert.equal(ok<View[]>(await s.call('GET', '/networks', { token: t1 })).filter((n) => n.uuid === first.uuid).length, 1, 'nothing else was made');
  });

  /** A keyed POST /instances through an app built over a doctored tier client, with one address on `net`. */
  const keyedCreate = async (app: Awaited<ReturnType<typeof buildApp>>['app'], key: string, name: string, address: string) => {
    const uuid = uuidFromKey(scopedKey('t1', 'POST', '/instances', key));
    const payload = instanceBody(name, { network: [{ network_uuid: net.uuid, address }] });
    const r = await app.inject({ method: 'POST', url: '/instances', headers: { authorization: `Bearer ${t1}`, 'idempotency-key': key }, payload });
    return { uuid, r };
  };

  it('a create overtaken by a DELETE is not queued and gives back its address and reservation', async () => {
    const real = s.tier.client;
    let raced = false;
    // The DELETE lands between the create's placement and its recording of the node, through the real route.
    const db = replaced(real, 'instances', replaced(real.instances, 'update', async (req: Parameters<typeof real.instances.update>[0]) => {
      if (!raced) {
        raced = true;
        ok(await s.call('DELETE', `/instances/${req.uuid}`, { token: t1 }));
      }
      return real.instances.update(req);
    }));
    const { app } = await buildApp({ ...s.deps, db });
    try {
      const { uuid, r } = await keyedCreate(app, 'overtaken-by-delete', 'overtaken', '10.1.0.77');
      assert.equal(r.statusCode, 409, r.body);
      assert.match(r.body, /was deleted while it was being created/);
      assert.equal((await real.instances.get(uuid)).state, 'deleted');
      assert.equal((await real.operations.hasPending('instance', uuid)).pending, false, 'nothing queued for a deleted instance');
      assert.equal(await real.scheduling.release(uuid), false, 'its reservation is already given back');
      const free = await real.allocations.allocate({ pool: `ipv4:${net.uuid}`, owner: { type: 'test', uuid: 'probe' }, purpose: 'ipv4', value: '10.1.0.77', ttl_seconds: 0 });
      assert.equal(free.value, '10.1.0.77', 'its address is free again');
      await real.allocations.release(`ipv4:${net.uuid}`, '10.1.0.77', { type: 'test', uuid: 'probe' });
    } finally {
      await app.close();
    }
  });

  it('a DELETE that read an instance unplaced, whose create then queued its work, tears it down instead of freeing it', async () => {
    const real = s.tier.client;
    const vm = await real.instances.create({ namespace: 't1', name: 'late-placed', state: 'initial', cpus: 1, memory_mib: 1024, disks: [{ size_gib: 8, base: 'debian:12', bus: 'virtio', type: 'disk' }] });
    // The create, still running when the DELETE read the instance, records its node and queues its work just before the DELETE acts.
    const db = replaced(real, 'instances', replaced(real.instances, 'finishUnplacedDelete', async (uuid: string, more: Parameters<typeof real.instances.finishUnplacedDelete>[1]) => {
      await real.scheduling.place('t1', [{ instance_uuid: uuid, cpus: 1, memory_mib: 1024, disk_gib: 8 }], ['hv1'], 600);
      await real.instances.update({ uuid, namespace: 't1', node: 'hv1' });
      await real.operations.enqueue({ operation_type: 'instance.create', namespace: 't1', target_node: 'hv1', payload_json: '{}', targets: [{ object_type: 'instance', object_uuid: uuid }], require_states: ['initial'] });
      return real.instances.finishUnplacedDelete(uuid, more);
    }));
    const { app } = await buildApp({ ...s.deps, db });
    try {
      const r = await app.inject({ method: 'DELETE', url: `/instances/${vm.uuid}`, headers: { authorization: `Bearer ${t1}` } });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal((await real.instances.get(vm.uuid)).state, 'delete-wait', 'torn down by its worker, like any placed instance');
      assert.equal(await real.operations.everQueued('instance', vm.uuid, 'instance.delete'), true);
      assert.ok(await real.scheduling.held(vm.uuid), 'its reservation is the worker\'s to give back');
      assert.equal(await real.scheduling.release(vm.uuid), true, 'given back for the tests after this one');
    } finally {
      await app.close();
    }
  });

  it('a create whose enqueue committed but whose reply was lost frees nothing: its work is queued', async () => {
    const real = s.tier.client;
    const db = replaced(real, 'operations', replaced(real.operations, 'enqueue', async (req: Parameters<typeof real.operations.enqueue>[0]) => {
      await real.operations.enqueue(req);
      throw new DatabaseUnavailableError('the reply was lost');
    }));
    const lines: string[] = [];
    const log = createLogger({ name: 'sf-api-test', level: 'warn', destination: new Writable({
      write: (chunk: Buffer, _e, cb) => {
        lines.push(chunk.toString());
        cb();
      },
    }) });
    const { app } = await buildApp({ ...s.deps, db, log });
    try {
      const { uuid, r } = await keyedCreate(app, 'enqueue-reply-lost', 'reply-lost', '10.1.0.78');
      assert.equal(r.statusCode, 503, r.body);
      assert.ok(lines.some((l) => (JSON.parse(l) as { err?: { code?: string } }).err?.code === 'SF_ERR_INVALID_STATE_QUEUED'), 'the failure path found the work queued');
      assert.equal((await real.instances.get(uuid)).state, 'initial', 'left for its worker');
      assert.equal((await real.operations.hasPending('instance', uuid)).pending, true);
      assert.equal((await real.scheduling.held(uuid))?.node, 'hv1', 'its reservation is kept');
      await assert.rejects(
        real.allocations.allocate({ pool: `ipv4:${net.uuid}`, owner: { type: 'test', uuid: 'probe' }, purpose: 'ipv4', value: '10.1.0.78', ttl_seconds: 0 }),
        AlreadyExistsError,
        'its address is kept',
      );
      assert.equal(await real.scheduling.release(uuid), true, 'given back for the tests after this one');
    } finally {
      await app.close();
    }
  });

  it('power operations: 406 while transitional, then 200 null and queued once created', async () => {
    envelope(await s.call('POST', `/instances/${inst.uuid}/poweroff`, { token: t1 }), 406, `instance ${inst.uuid} is not ready (initial)`);
    await s.tier.client.instances.transition(inst.uuid, 'creating');
    await s.tier.client.instances.transition(inst.uuid, 'created');
    const r = await s.call('POST', `/instances/${inst.uuid}/poweroff`, { token: t1 });
    assert.equal(r.status, 200);
    assert.equal(r.text, 'null');
    const ops = await s.tier.client.operations.list({ target_node: 'hv1', operation_type: 'instance.poweroff' });
    assert.equal(ops.operations.length, 1);
  });

  it('metadata: set by PUT and POST, read, delete; Shaken Fist refusals', async () => {
    const path = `/instances/${inst.uuid}/metadata`;
    assert.equal((await s.call('PUT', `${path}/owner`, { token: t1, body: { value: 'alice' } })).text, 'null');
    assert.equal((await s.call('POST', path, { token: t1, body: { key: 'tier', value: { a: 1 } } })).text, 'null');
    assert.deepEqual(ok(await s.call('GET', path, { token: t1 })), { tags: ['web'], owner: 'alice', tier: { a: 1 } });
    envelope(await s.call('POST', path, { token: t1, body: { value: 1 } }), 400, 'no key specified');
    envelope(await s.call('PUT', `${path}/x`, { token: t1, body: { value: 0 } }), 400, 'no value specified');
    envelope(await s.call('PUT', `${path}/affinity`, { token: t1, body: { value: { web: 'x' } } }), 400, 'affinity dictionary values should be integers');
    assert.equal((await s.call('DELETE', `${path}/owner`, { token: t1 })).text, 'null');
    assert.equal((await s.call('DELETE', `${path}/never-set`, { token: t1 })).text, 'null');
    ok(await s.call('PUT', `/networks/${net.uuid}/metadata/k`, { token: t1, body: { value: 'v' } }));
    assert.deepEqual(ok<View>(await s.call('GET', `/networks/${net.uuid}`, { token: t1 })).metadata, { k: 'v' });
    ok(await s.call('PUT', '/auth/namespaces/t1/metadata/k', { token: t1, body: { value: 'v' } }));
    assert.deepEqual(ok(await s.call('GET', '/auth/namespaces/t1/metadata', { token: t1 })), { k: 'v' });
    ok(await s.call('PUT', '/nodes/hv1/metadata/rack', { token: admin, body: { value: 'r1' } }));
    envelope(await s.call('PUT', '/nodes/hv1/metadata/rack', { token: t1, body: { value: 'r1' } }), 401, 'unauthorized');
  });

  it('events: newest first, filtered by type, an unknown type is 400', async () => {
    await sleep(200);
    const events = ok<Array<{ type: string; message: string; timestamp: number }>>(await s.call('GET', `/instances/${inst.uuid}/events`, { token: t1 }));
    assert.ok(events.some((e) => e.message === 'schedule complete'));
    for (let i = 1; i < events.length; i += 1) assert.ok((events[i - 1]?.timestamp ?? 0) >= (events[i]?.timestamp ?? 0));
    const status = ok<Array<{ type: string }>>(await s.call('GET', `/instances/${inst.uuid}/events`, { token: t1, body: { event_type: 'status', limit: 1 } }));
    assert.equal(status.length, 1);
    assert.equal(status[0]?.type, 'status');
    envelope(await s.call('GET', `/instances/${inst.uuid}/events`, { token: t1, body: { event_type: 'bogus' } }), 400);
    assert.ok(Array.isArray(ok(await s.call('GET', `/networks/${net.uuid}/events`, { token: t1 }))));
    assert.ok(Array.isArray(ok(await s.call('GET', '/nodes/hv1/events', { token: admin }))));
  });

  it('nodes: system only; list, get, 404', async () => {
    const nodes = ok<Array<{ name: string; uuid: string }>>(await s.call('GET', '/nodes', { token: admin }));
    assert.deepEqual(nodes.map((n) => n.uuid), ['hv1']);
    assert.equal(ok<{ name: string; is_hypervisor: boolean }>(await s.call('GET', '/nodes/hv1', { token: admin })).is_hypervisor, true);
    envelope(await s.call('GET', '/nodes/nope', { token: admin }), 404, 'node not found');
    envelope(await s.call('GET', '/nodes/hv1', { token: t1 }), 401, 'unauthorized');
  });

  it('tenancy: another namespace gets 404 on every reference and changes nothing; system sees all', async () => {
    const nicUuid = (inst.interfaces as Nic[])[0]?.uuid ?? '';
    const refs: Array<[string, string, unknown?]> = [
      ['GET', `/instances/${inst.uuid}`], ['DELETE', `/instances/${inst.uuid}`], ['GET', `/instances/${inst.uuid}/interfaces`],
      ['GET', `/instances/${inst.uuid}/events`], ['GET', `/instances/${inst.uuid}/metadata`], ['PUT', `/instances/${inst.uuid}/metadata/x`, { value: 'y' }],
      ['DELETE', `/instances/${inst.uuid}/metadata/tags`], ['POST', `/instances/${inst.uuid}/poweron`], ['GET', '/instances/web1'],
      ['GET', `/networks/${net.uuid}`], ['DELETE', `/networks/${net.uuid}`], ['GET', `/networks/${net.uuid}/interfaces`], ['GET', `/networks/${net.uuid}/events`],
      ['PUT', `/networks/${net.uuid}/metadata/x`, { value: 'y' }], ['GET', `/interfaces/${nicUuid}`], ['GET', `/interfaces/${nicUuid}/metadata`],
      ['GET', '/auth/namespaces/t1'], ['GET', '/auth/namespaces/t1/keys'], ['POST', '/auth/namespaces/t1/keys', { key_name: 'evil', key: 'x' }],
      ['DELETE', '/auth/namespaces/t1/keys/k'], ['GET', '/auth/namespaces/t1/metadata'],
    ];
    const before = ok<View>(await s.call('GET', `/instances/${inst.uuid}`, { token: t1 }));
    for (const [method, path, body] of refs) envelope(await s.call(method, path, { token: t2, body }), 404);
    assert.deepEqual(ok<View>(await s.call('GET', `/instances/${inst.uuid}`, { token: t1 })), before);
    assert.equal(ok<View>(await s.call('GET', `/networks/${net.uuid}`, { token: t1 })).state, 'created');
    assert.deepEqual(ok(await s.call('GET', '/auth/namespaces/t1/keys', { token: t1 })), ['k']);
    for (const [method, path] of refs.filter(([m]) => m === 'GET')) assert.equal((await s.call(method, path, { token: admin })).status, 200, path);
    assert.ok(ok<View[]>(await s.call('GET', '/instances', { token: admin })).some((i) => i.uuid === inst.uuid));
  });

  it('deletes: the instance goes to delete-wait and stays readable; networks with NICs wait; unplaced instances finish at once', async () => {
    envelope(await s.call('DELETE', `/instances/${inst.uuid}`, { token: t1, body: { namespace: 't2' } }), 404, 'instance not in namespace');
    const deleting = ok<View>(await s.call('DELETE', `/instances/${inst.uuid}`, { token: t1, body: { namespace: 't1' } }));
    assert.equal(deleting.uuid, inst.uuid);
    assert.equal(ok<View>(await s.call('GET', `/instances/${inst.uuid}`, { token: t1 })).state, 'delete-wait');
    // As if the first DELETE's sf-api died before queueing the teardown: a repeated DELETE queues it.
    for (const op of await s.tier.client.operations.claim('hv1', { limit: 100 })) await s.tier.client.operations.complete(op.uuid, 'hv1');
    assert.equal((await s.tier.client.operations.hasPending('instance', inst.uuid)).pending, false);
    ok<View>(await s.call('DELETE', `/instances/${inst.uuid}`, { token: t1 }));
    assert.equal((await s.tier.client.operations.hasPending('instance', inst.uuid)).pending, true);
    assert.equal(ok<View>(await s.call('DELETE', `/networks/${net.uuid}`, { token: t1 })).state, 'delete-wait');
    envelope(await s.call('DELETE', '/networks/floating', { token: t1 }), 403, 'you cannot delete the floating network');
    const huge = ok<View[]>(await s.call('GET', '/instances', { token: t1 })).find((i) => i.name === 'huge');
    ok(await s.call('DELETE', `/instances/${huge?.uuid}`, { token: t1 }));
    assert.equal(ok<View>(await s.call('GET', `/instances/${huge?.uuid}`, { token: t1 })).state, 'deleted');
    envelope(await s.call('DELETE', `/instances/${huge?.uuid}`, { token: t1 }), 404, 'instance not found');
    assert.ok(!ok<View[]>(await s.call('GET', '/instances', { token: t1 })).some((i) => i.uuid === huge?.uuid));
    assert.ok(ok<View[]>(await s.call('GET', '/instances', { token: t1, body: { all: true } })).some((i) => i.uuid === huge?.uuid));
    // sf-cluster's purge after CLEANER_DELAY (here without the delay): then the instance is gone for good.
    await s.tier.client.instances.purge(huge?.uuid ?? '');
    envelope(await s.call('GET', `/instances/${huge?.uuid}`, { token: t1 }), 404, 'instance not found');
    envelope(await s.call('GET', `/instances/${huge?.uuid}/events`, { token: t1 }), 404, 'instance not found');
    assert.ok(!ok<View[]>(await s.call('GET', '/instances', { token: t1, body: { all: true } })).some((i) => i.uuid === huge?.uuid));
    const lone = ok<View>(await s.call('POST', '/networks', { token: t1, body: { netblock: '10.2.0.0/24', name: 'lone' } }));
    assert.equal(ok<View>(await s.call('DELETE', '/networks/lone', { token: t1 })).state, 'initial', 'the view as it was before the delete (API.md section 6.2)');
    assert.equal((await s.tier.client.operations.hasPending('network', lone.uuid)).pending, true, 'its teardown is queued');
    assert.equal(ok<View>(await s.call('GET', `/networks/${lone.uuid}`, { token: t1 })).state, 'deleted');
    envelope(await s.call('DELETE', '/instances', { token: t1, body: { confirm: false } }), 400, 'parameter confirm is not set true');
    envelope(await s.call('DELETE', '/instances', { token: admin, body: { confirm: true } }), 400, 'system user must specify parameter namespace');
    envelope(await s.call('DELETE', '/instances', { token: t2, body: { confirm: true, namespace: 't1' } }), 401, 'you cannot delete other namespaces');
    const live = ok<View[]>(await s.call('GET', '/instances', { token: t1 })).map((i) => i.uuid).sort();
    const uuids = ok<string[]>(await s.call('DELETE', '/instances', { token: t1, body: { confirm: true } }));
    assert.deepEqual(uuids.sort(), live);
    assert.ok(ok<View[]>(await s.call('GET', '/instances', { token: t1 })).every((i) => i.state === 'delete-wait'));
  });

  it('DELETE /networks: 403 with {deleted, unable} while some have interfaces, then clean_wait deletes them to delete-wait', async () => {
    const free = ok<View>(await s.call('POST', '/networks', { token: t2, body: { netblock: '10.3.0.0/24', name: 'free' } }));
    const used = ok<View>(await s.call('POST', '/networks', { token: t2, body: { netblock: '10.4.0.0/24', name: 'used' } }));
    await s.tier.client.networks.transition(used.uuid, 'created');
    ok(await s.call('POST', '/instances', { token: t2, body: instanceBody('user', { network: [{ network_uuid: used.uuid }] }) }));
    envelope(await s.call('DELETE', '/networks', { token: t2, body: { confirm: true, namespace: 't1' } }), 401, 'you cannot delete other namespaces');
    const refused = await s.call('DELETE', '/networks', { token: t2, body: { confirm: true } });
    envelope(refused, 403);
    assert.deepEqual((refused.json as { error: unknown }).error, { deleted: [free.uuid], unable: [used.uuid] });
    assert.deepEqual(ok(await s.call('DELETE', '/networks', { token: t2, body: { confirm: true, clean_wait: true } })), [used.uuid]);
    assert.equal(ok<View>(await s.call('GET', `/networks/${used.uuid}`, { token: t2 })).state, 'delete-wait');
    assert.equal(ok<View>(await s.call('GET', `/networks/${free.uuid}`, { token: t2 })).state, 'deleted');
  });

  it('answers 501 in the envelope for capabilities not built yet, 401 first on an admin one', async () => {
    envelope(await s.call('GET', '/artifacts', { token: t1 }), 501);
    envelope(await s.call('POST', '/upload/abc', { token: t1, raw: Buffer.from([0, 1, 2, 255]), headers: { 'content-type': 'application/octet-stream' } }), 501);
    envelope(await s.call('POST', '/upload/abc', { raw: 'x' }), 401);
    // Every /nodes endpoint is system's (API.md section 9), built or not.
    envelope(await s.call('GET', '/nodes/hv1/processmetrics', { token: t1 }), 401);
    envelope(await s.call('GET', '/nodes/hv1/processmetrics', { token: admin }), 501);
  });

  it('GET /admin/locks shows the cluster leases and the capacity creates hold, keyed by lock path; system only', async () => {
    envelope(await s.call('GET', '/admin/locks', { token: t1 }), 401);
    await s.tier.client.locks.acquire('sf-cluster-maintainer', 'hv9:4242:00beef', 60);
    await s.tier.client.locks.acquire('by-hand', 'an operator', 60);
    const vm = ok<View>(await s.call('POST', '/instances', { token: t1, body: instanceBody('locked') }));
    type Lock = { node: string; pid: number | null; operation: string; holder: string | null; expires_at: number | null };
    const locks = ok<Record<string, Lock>>(await s.call('GET', '/admin/locks', { token: admin }));
    const maintainer = locks['/sflocks/sf/cluster/sf-cluster-maintainer'];
    assert.deepEqual({ ...maintainer, expires_at: undefined }, { node: 'hv9', pid: 4242, operation: 'Cluster lock sf-cluster-maintainer', holder: 'hv9:4242:00beef', expires_at: undefined });
    assert.ok((maintainer?.expires_at ?? 0) > Date.now() / 1000);
    assert.deepEqual(locks['/sflocks/sf/cluster/by-hand'], { ...locks['/sflocks/sf/cluster/by-hand'], node: 'an operator', pid: null, holder: 'an operator' }, 'a holder in no known form is all node');
    // The create queued its work: its reservation waits for the worker, with no lease.
    assert.deepEqual(locks[`/sflocks/sf/instance/${vm.uuid}`], { node: 'hv1', pid: null, operation: 'Instance create: capacity kept for its worker', holder: null, expires_at: null });
    await s.tier.client.locks.release('sf-cluster-maintainer', 'hv9:4242:00beef');
    await s.tier.client.locks.release('by-hand', 'an operator');
    assert.equal(ok<Record<string, Lock>>(await s.call('GET', '/admin/locks', { token: admin }))['/sflocks/sf/cluster/sf-cluster-maintainer'], undefined);
  });

  it('a network in error is dead: its DELETE is 404 "network is deleted" and queues nothing', async () => {
    const failed = ok<View>(await s.call('POST', '/networks', { token: t1, body: { netblock: '10.31.0.0/24', name: 'failed' } }));
    const uuid = String(failed.uuid);
    // As the network worker will leave it when it cannot build the network.
    await s.tier.client.networks.transition(uuid, 'error', { errorMessage: 'could not build' });
    const before = (await s.tier.client.operations.list({ target_role: 'network', operation_type: 'network.delete' })).operations.length;
    envelope(await s.call('DELETE', `/networks/${uuid}`, { token: t1 }), 404, 'network is deleted');
    assert.equal((await s.tier.client.operations.list({ target_role: 'network', operation_type: 'network.delete' })).operations.length, before, 'nothing queued');
    assert.equal(ok<View>(await s.call('GET', `/networks/${uuid}`, { token: t1 })).state, 'error');
    // A dead network keeps no claim on its name: the one made again is the one the name finds.
    envelope(await s.call('GET', '/networks/failed', { token: t1 }), 404, 'network not found');
    const again = ok<View>(await s.call('POST', '/networks', { token: t1, body: { netblock: '10.32.0.0/24', name: 'failed' } }));
    assert.equal(ok<View>(await s.call('GET', '/networks/failed', { token: t1 })).uuid, again.uuid);
  });

  it('long path parameters and malformed urls: served up to 255 characters, refused in the envelope past that', async () => {
    const key = 'k'.repeat(150);
    const path = `/instances/${String(inst.uuid)}/metadata`;
    assert.equal((await s.call('PUT', `${path}/${key}`, { token: t1, body: { value: 1 } })).text, 'null');
    assert.equal((ok<Record<string, unknown>>(await s.call('GET', path, { token: t1 })))[key], 1);
    assert.equal((await s.call('DELETE', `${path}/${key}`, { token: t1 })).text, 'null');
    envelope(await s.call('GET', `/networks/${'n'.repeat(4000)}`, { token: t1 }), 414);
    const badUrl = await s.call('GET', '/instances/%E0%A4%A', { token: t1 });
    envelope(badUrl, 400);
    assert.ok(badUrl.headers['x-request-id'], 'the request id is sent on a refused url too');
    const counted = await s.metrics.metrics();
    assert.match(counted, /sf_api_requests_total\{method="GET",route="unrouted",status="400"\} [1-9]/, 'refused urls are counted');
    assert.match(counted, /sf_api_requests_total\{method="GET",route="unrouted",status="414"\} [1-9]/);
    envelope(await s.call('GET', '/interfaces/not-a-uuid', { token: t1 }), 404, 'interface not found');
    envelope(await s.call('GET', '/interfaces/not-a-uuid/metadata', { token: t1 }), 404, 'interface not found');
  });
});
