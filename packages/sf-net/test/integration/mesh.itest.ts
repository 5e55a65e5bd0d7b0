import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { execa } from 'execa';
import { ValidationError } from '@sf/common/errors';
import { NamespaceError, NetlinkError, NetworkSpecError, bridgeName, vxlanName, type Dataplane, type NetworkSpec } from '../../src/index.js';
import { renderHosts } from '../../src/internal/dnsmasq-config.js';
import { NETNS_DIR, listNetns } from '../../src/internal/netns.js';
import { egressVethName, gatewayVethName } from '../../src/internal/names.js';
import { Rtnl } from '../../src/internal/rtnl.js';
import { Lab } from './fixture.js';

const MESH1 = '192.168.77.1';
const MESH2 = '192.168.77.2';
const OUTSIDE = '192.168.200.1';
/** A host on the mesh that shares no network with node 1: only `meshNetblocks` keeps tenants from it. */
const MESH_NETBLOCK = '192.168.78.0/24';
const MESH_HOST = '192.168.78.2';

function network(vni: number, third: number, hosts: Array<[string, number, string]>, nat?: { egress: string; floating?: Array<[string, number]> }): NetworkSpec {
  const net = `10.${third}.0`;
  return {
    vni,
    peers: [MESH1, MESH2],
    carrier: {
      netblock: `${net}.0/24`,
      dhcpHosts: hosts.map(([mac, host, hostname]) => ({ mac, ipv4: `${net}.${host}`, hostname })),
      ...(nat === undefined
        ? {}
        : { nat: { egressAddress: nat.egress, floating: (nat.floating ?? []).map(([address, host]) => ({ address, target: `${net}.${host}` })) } }),
    },
  };
}

const mesh = (vni: number): NetworkSpec => ({ vni, peers: [MESH1, MESH2] });

async function linkNames(ns: string): Promise<string[]> {
  const rtnl = Rtnl.open(ns);
  try {
    return (await rtnl.links()).map((l) => l.name);
  } finally {
    rtnl.close();
  }
}

/**
 * A VXLAN datagram as a peer node would send it: VNI `vni`, holding an
 * Ethernet frame to `dstMac` with an IPv4/UDP packet carrying `text`.
 */
function vxlanDatagram(vni: number, dstMac: string, src: string, dst: string, port: number, text: string): Buffer {
  const payload = Buffer.from(text);
  const udp = Buffer.alloc(8);
  udp.writeUInt16BE(40_000, 0);
  udp.writeUInt16BE(port, 2);
  udp.writeUInt16BE(8 + payload.length, 4);
  const ip = Buffer.alloc(20);
  ip.writeUInt8(0x45, 0);
  ip.writeUInt16BE(20 + udp.length + payload.length, 2);
  ip.writeUInt8(64, 8);
  ip.writeUInt8(17, 9);
  Buffer.from(src.split('.').map(Number)).copy(ip, 12);
  Buffer.from(dst.split('.').map(Number)).copy(ip, 16);
  let sum = 0;
  for (let i = 0; i < 20; i += 2) sum += ip.readUInt16BE(i);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  ip.writeUInt16BE(~sum & 0xffff, 10);
  const mac = (text: string): Buffer => Buffer.from(text.replaceAll(':', ''), 'hex');
  const ethernet = Buffer.concat([mac(dstMac), mac('02:00:00:00:99:99'), Buffer.from([0x08, 0x00])]);
  const header = Buffer.alloc(8);
  header.writeUInt8(0x08, 0);
  header.writeUIntBE(vni, 4, 3);
  return Buffer.concat([header, ethernet, ip, udp, payload]);
}

/** Interfaces holding an IPv6 address in `ns`, from /proc/net/if_inet6 as seen there. */
async function ipv6Interfaces(ns: string): Promise<string[]> {
  const { stdout } = await execa('nsenter', [`--net=/run/netns/${ns}`, 'cat', '/proc/net/if_inet6']);
  return [...new Set(stdout.split('\n').filter((l) => l.trim() !== '').map((l) => l.trim().split(/\s+/).at(-1) ?? ''))].sort();
}

/** Until the process has exited (gone, or a zombie its parent has not reaped), or 10 s have passed. */
async function gone(pid: number): Promise<void> {
  for (const stopAt = Date.now() + 10_000; Date.now() < stopAt; await new Promise((resolve) => setTimeout(resolve, 20))) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
    if (stat === undefined || stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return;
  }
  throw new Error(`process ${pid} still runs`);
}

describe('sf-net dataplane on two fake hypervisors', function () {
  this.timeout(60_000);
  let lab: Lab;
  let n1: string;
  let n2: string;
  let out: string;
  let dp1: Dataplane;
  let dp2: Dataplane;

  before(async () => {
    lab = new Lab();
    lab.trapBannedTools();
    n1 = await lab.namespace('n1');
    n2 = await lab.namespace('n2');
    out = await lab.namespace('out');
    await lab.wire(n1, 'ul0', n2, 'ul0', { address: `${MESH1}/24`, peerAddress: `${MESH2}/24` });
    await lab.address(n1, 'ul0', '192.168.78.1/24');
    await lab.address(n2, 'ul0', `${MESH_HOST}/24`);
    // Node 2 answers node 1's egress range, so only node 1's table keeps a tenant from reaching it.
    await lab.route(n2, '10.250.0.0/24', MESH1, 'ul0');
    await lab.wire(n1, 'up0', out, 'eth0', { address: '192.168.200.2/24', peerAddress: `${OUTSIDE}/24` });
    // The outside world knows only the public range, never a virtual netblock.
    await lab.route(out, '10.250.0.0/24', '192.168.200.2', 'eth0');
    dp1 = lab.dataplane(n1, MESH1, 'a', { meshNetblocks: [MESH_NETBLOCK] });
    dp2 = lab.dataplane(n2, MESH2, 'b');
    // As a daemon does at start: until then the node table is left alone.
    await dp1.reconcile([]);
    await dp2.reconcile([]);
  });

  afterEach(async () => {
    await dp1.reconcile([]);
    await dp2.reconcile([]);
    lab.drop('i1', 'i2', 'i3', 'i4');
  });

  after(() => lab.cleanup());

  it('one network spanning both nodes: DHCP leases, ping across VXLAN, hosts reload keeps leases', async () => {
    const spec = network(100, 100, [['02:00:00:00:01:01', 11, 'inst-one'], ['02:00:00:00:01:02', 12, 'inst-two']]);
    await dp1.ensureNetwork(spec);
    await dp2.ensureNetwork(mesh(100));
    const i1 = await lab.instance('i1', n1, 'tap-i1', '02:00:00:00:01:01');
    const i2 = await lab.instance('i2', n2, 'tap-i2', '02:00:00:00:01:02');
    await dp1.attachInterface(100, 'tap-i1');
    await dp2.attachInterface(100, 'tap-i2');
    const lease1 = await lab.dhcp(i1);
    const lease2 = await lab.dhcp(i2);
    assert.deepEqual([lease1.ip, lease1.router, lease1.hostname], ['10.100.0.11', '10.100.0.1', 'inst-one']);
    assert.deepEqual([lease2.ip, lease2.router], ['10.100.0.12', '10.100.0.1']);
    assert.equal(await lab.ping(i1, '10.100.0.12'), true);
    assert.equal(await lab.ping(i2, '10.100.0.11'), true);
    assert.equal(await lab.ping(i2, '10.100.0.1'), true);

    const before = (await dp1.observe()).networks.find((n) => n.vni === 100)?.dnsmasq;
    spec.carrier?.dhcpHosts.push({ mac: '02:00:00:00:01:03', ipv4: '10.100.0.13', hostname: 'inst-three' });
    const actions = await dp1.ensureNetwork(spec);
    assert.deepEqual(actions.map((a) => a.kind), ['reload dnsmasq']);
    const after = (await dp1.observe()).networks.find((n) => n.vni === 100)?.dnsmasq;
    assert.equal(after?.pid, before?.pid);
    assert.match(after?.hostsFile ?? '', /inst-three/);
    const leases = readFileSync(`${lab.stateDir}/a/dhcp/100/leases`, 'utf8');
    assert.match(leases, /02:00:00:00:01:01 10\.100\.0\.11 inst-one/);
    assert.deepEqual(await dp1.ensureNetwork(spec), [], 'a repeated ensure changes nothing');
    assert.deepEqual(await dp1.drift([spec]), []);
    assert.deepEqual(await dp2.drift([mesh(100)]), []);
  });

  it('optional DNS: dnsmasq answers instance hostnames on the gateway, only when asked', async () => {
    const spec = network(110, 110, [['02:00:00:00:11:01', 11, 'named']]);
    await dp1.ensureNetwork(spec);
    const i1 = await lab.instance('i1', n1, 'tap-i1', '02:00:00:00:11:01');
    await dp1.attachInterface(110, 'tap-i1');
    await lab.dhcp(i1);
    const lookup = (): Promise<{ stdout: string }> =>
      execa('nsenter', [`--net=/run/netns/${i1}`, '/bin/busybox', 'nslookup', '-timeout=1', '-retry=1', 'named', '10.110.0.1'], { reject: false });
    assert.doesNotMatch((await lookup()).stdout, /Address: 10\.110\.0\.11/, 'control: no DNS unless asked');
    const withDns: NetworkSpec = { ...spec, carrier: spec.carrier === undefined ? undefined : { ...spec.carrier, dns: true } };
    assert.ok((await dp1.ensureNetwork(withDns)).some((a) => a.kind === 'start dnsmasq'));
    // The A record answers; the AAAA half of busybox's lookup is refused (no upstream), hence no exit-code check.
    assert.match((await lookup()).stdout, /Name:\s+named\s+Address: 10\.110\.0\.11/);
  });

  it('two networks on the same nodes cannot reach each other, but each reaches the outside', async () => {
    await dp1.ensureNetworks([
      network(100, 100, [['02:00:00:00:01:01', 11, 'one']], { egress: '10.250.0.10' }),
      network(200, 200, [['02:00:00:00:02:01', 11, 'two']], { egress: '10.250.0.20' }),
    ]);
    await dp2.ensureNetworks([mesh(100), mesh(200)]);
    const i1 = await lab.instance('i1', n1, 'tap-i1', '02:00:00:00:01:01');
    const i2 = await lab.instance('i2', n2, 'tap-i2', '02:00:00:00:02:01');
    await dp1.attachInterface(100, 'tap-i1');
    await dp2.attachInterface(200, 'tap-i2');
    await lab.dhcp(i1);
    await lab.dhcp(i2);
    assert.equal(await lab.ping(i2, '10.200.0.1'), true, 'control: own gateway');
    assert.equal(await lab.ping(i2, OUTSIDE), true, 'control: outside');
    assert.equal(await lab.ping(i2, '10.100.0.11', 1), false);
    assert.equal(await lab.ping(i2, '10.100.0.1', 1), false);
    assert.equal(await lab.ping(i1, '10.200.0.11', 1), false);

    // Even a node route into network 100's netblock does not let network 200 in: the node table drops it.
    await lab.route(n1, '10.100.0.0/24', '10.250.0.10', egressVethName(100));
    assert.equal(await lab.ping(i2, '10.100.0.11', 1), false, 'blocked by the node table');
    await execa('nsenter', [`--net=/run/netns/${n1}`, 'nft', 'delete', 'table', 'inet', 'sf-net']);
    assert.equal(await lab.ping(i2, '10.100.0.11'), true, 'control: without the node table the route works');
    const repaired = await dp1.reconcile([
      network(100, 100, [['02:00:00:00:01:01', 11, 'one']], { egress: '10.250.0.10' }),
      network(200, 200, [['02:00:00:00:02:01', 11, 'two']], { egress: '10.250.0.20' }),
    ]);
    assert.deepEqual(repaired.map((a) => a.kind), ['apply node table']);
    assert.equal(await lab.ping(i2, '10.100.0.11', 1), false, 'blocked again after reconcile');
  });

  it('NAT: an instance reaches the outside by masquerade; a floated address reaches it until defloat', async () => {
    const floated = network(300, 30, [['02:00:00:00:03:01', 11, 'web']], { egress: '10.250.0.3', floating: [['10.250.0.33', 11]] });
    const created = (await dp1.ensureNetwork(floated)).map((a) => a.kind);
    assert.ok(created.indexOf('apply nat table') < created.indexOf('configure namespace'), `NAT is in place before the namespace routes: ${created.join(', ')}`);
    assert.equal(created[0], 'apply node table', 'and the node table before anything of the network');
    await dp2.ensureNetwork(mesh(300));
    assert.deepEqual(await dp1.drift([floated]), []);
    const i3 = await lab.instance('i3', n2, 'tap-i3', '02:00:00:00:03:01');
    await dp2.attachInterface(300, 'tap-i3');
    await lab.dhcp(i3);
    assert.equal(await lab.ping(i3, OUTSIDE), true, 'masquerade to the outside');
    assert.equal(await lab.ping(out, '10.250.0.33'), true, 'floating address reaches the instance');
    assert.equal(await lab.ping(out, '10.30.0.11', 1), false, 'the private address is not reachable from outside');

    const defloated = network(300, 30, [['02:00:00:00:03:01', 11, 'web']], { egress: '10.250.0.3' });
    const actions = await dp1.ensureNetwork(defloated);
    assert.ok(actions.some((a) => a.kind === 'apply nat table'));
    assert.equal(await lab.ping(out, '10.250.0.33', 1), false, 'after defloat');
    const sources = await execa('nsenter', [`--net=/run/netns/${n1}`, 'nft', 'list', 'set', 'inet', 'sf-net', 'egress_sources']);
    assert.match(sources.stdout, /10\.250\.0\.3\b/);
    assert.doesNotMatch(sources.stdout, /10\.250\.0\.33/, 'the node table forgot the floating address');
    assert.equal(await lab.ping(i3, OUTSIDE), true, 'masquerade still works');
  });

  it('a tenant behind NAT reaches neither this node, nor another node, nor the VXLAN port; NAT to the outside still works', async () => {
    const tenant = network(950, 95, [['02:00:00:00:95:01', 11, 'tenant']], { egress: '10.250.0.95' });
    const victim = network(960, 96, [['02:00:00:00:96:01', 11, 'victim']]);
    await dp1.ensureNetworks([tenant, victim]);
    await dp2.ensureNetworks([mesh(950), mesh(960)]);
    const i1 = await lab.instance('i1', n1, 'tap-i1', '02:00:00:00:95:01');
    const i2 = await lab.instance('i2', n1, 'tap-i2', '02:00:00:00:96:01');
    await dp1.attachInterface(950, 'tap-i1');
    await dp1.attachInterface(960, 'tap-i2');
    await lab.dhcp(i1);
    await lab.dhcp(i2);
    assert.equal(await lab.ping(i1, OUTSIDE), true, 'control: masquerade to the outside');
    assert.equal(await lab.ping(i1, MESH1, 1), false, "this node's mesh IP");
    assert.equal(await lab.ping(i1, '192.168.200.2', 1), false, "this node's other addresses");
    assert.equal(await lab.ping(i1, MESH2, 1), false, "another node's mesh IP");
    assert.equal(await lab.ping(i1, MESH_HOST, 1), false, 'a mesh host that shares no network');

    // A VXLAN datagram naming network 960, sent by the tenant of 950 to this node's VXLAN port, must not reach 960.
    const listener = await lab.udpListener(i2, 5555);
    const datagram = (text: string): Buffer => vxlanDatagram(960, '02:00:00:00:96:01', '10.96.0.99', '10.96.0.11', 5555, text);
    try {
      await lab.sendUdp(n2, MESH1, 4789, datagram('control-from-peer'));
      await listener.waitFor('control-from-peer');
      await lab.sendUdp(i1, MESH1, 4789, datagram('injected'));
      await lab.sendUdp(n2, MESH1, 4789, datagram('sent-after'));
      await listener.waitFor('sent-after');
      assert.ok(!listener.received.includes('injected'), listener.received.join(', '));

      await execa('nsenter', [`--net=/run/netns/${n1}`, 'nft', 'delete', 'table', 'inet', 'sf-net']);
      await lab.sendUdp(i1, MESH1, 4789, datagram('injected-without-table'));
      await listener.waitFor('injected-without-table');
      assert.equal(await lab.ping(i1, MESH1), true, "control: without the table, this node's mesh IP answers");
      assert.equal(await lab.ping(i1, '192.168.200.2'), true, "control: without the table, this node's other address answers");
      assert.equal(await lab.ping(i1, MESH2), true, "control: without the table, another node's mesh IP answers");
      assert.equal(await lab.ping(i1, MESH_HOST), true, 'control: without the table, the mesh host answers');
    } finally {
      listener.stop();
    }
    assert.deepEqual((await dp1.reconcile([tenant, victim])).map((a) => a.kind), ['apply node table']);
    assert.equal(await lab.ping(i1, MESH1, 1), false, 'blocked again after reconcile');
  });

  it('links of ours carry no IPv6 address, on the node or in the namespace', async () => {
    await dp1.ensureNetwork(network(970, 97, [], { egress: '10.250.0.97' }));
    assert.ok((await ipv6Interfaces(n1)).includes('lo'), 'control: the node has IPv6');
    assert.deepEqual((await ipv6Interfaces(n1)).filter((name) => /^(vxlan|br-vxlan|veth|egr)-/.test(name)), []);
    assert.deepEqual((await ipv6Interfaces(lab.ns('a-970'))).filter((name) => name !== 'lo'), []);
  });

  it('drift: a deleted bridge (with its instance), a killed dnsmasq and a stray vxlan are repaired by one reconcile', async () => {
    const spec = { ...network(400, 40, [['02:00:00:00:04:01', 11, 'drift']], { egress: '10.250.0.4' }), interfaces: ['tap-i1'] };
    await dp1.ensureNetwork(spec);
    const i1 = await lab.instance('i1', n1, 'tap-i1', '02:00:00:00:04:01');
    assert.deepEqual((await dp1.ensureNetwork(spec)).map((a) => a.kind), ['attach interface'], 'an instance interface that appears is put on its bridge');
    const seen = (await dp1.observe()).networks.find((n) => n.vni === 400);
    assert.ok(seen?.dnsmasq !== undefined);
    const rtnl = Rtnl.open(n1);
    try {
      await rtnl.deleteLink(bridgeName(400));
      await rtnl.createVxlan(vxlanName(499), { vni: 499, local: MESH1, port: 4789, mtu: 1450, master: 0 });
    } finally {
      rtnl.close();
    }
    process.kill(seen.dnsmasq.pid, 'SIGKILL');
    await gone(seen.dnsmasq.pid);

    const drift = (await dp1.drift([spec])).map((d) => `${d.vni ?? ''} ${d.what}`);
    for (const expected of ['400 bridge missing', '400 vxlan not up on its bridge', '400 interface tap-i1 not on the bridge', '400 dnsmasq not running', '499 network not desired']) {
      assert.ok(drift.includes(expected), `${expected} in ${drift.join(', ')}`);
    }

    const actions = (await dp1.reconcile([spec])).map((a) => `${a.vni ?? ''} ${a.kind}`);
    assert.ok(actions.includes('400 create bridge'), actions.join(', '));
    assert.ok(actions.includes('400 attach interface'), 'the recreated bridge gets its instance back');
    assert.ok(actions.includes('400 start dnsmasq'), actions.join(', '));
    assert.ok(actions.includes('499 delete link'), actions.join(', '));
    assert.deepEqual(await dp1.reconcile([spec]), [], 'a second reconcile changes nothing');
    assert.deepEqual(await dp1.drift([spec]), [], 'and no drift is left');

    const names = await linkNames(n1);
    assert.ok(names.includes(bridgeName(400)) && !names.includes(vxlanName(499)));
    assert.equal((await lab.dhcp(i1)).ip, '10.40.0.11');
    assert.equal(await lab.ping(i1, OUTSIDE), true);
  });

  it('a changed peer set adds and removes FDB entries, and a deleted namespace is rebuilt', async () => {
    await dp2.ensureNetwork({ vni: 600, peers: [MESH1, MESH2, '192.168.77.3', '192.168.77.4'] });
    const fdb = async (): Promise<string[]> => (await dp2.observe()).networks.find((n) => n.vni === 600)?.fdb ?? [];
    assert.deepEqual(await fdb(), [MESH1, '192.168.77.3', '192.168.77.4']);
    const actions = await dp2.ensureNetwork({ vni: 600, peers: [MESH1, MESH2, '192.168.77.5'] });
    assert.ok(actions.some((a) => a.kind === 'apply node table'), 'the node table keeps every mesh address out of tenants\' reach');
    assert.deepEqual(
      actions.filter((a) => a.vni !== undefined).map((a) => [a.kind, a.detail?.peers]),
      [
        ['remove fdb peers', ['192.168.77.3', '192.168.77.4']],
        ['add fdb peers', ['192.168.77.5']],
      ],
    );
    assert.deepEqual(await fdb(), [MESH1, '192.168.77.5']);

    const spec = network(700, 70, [['02:00:00:00:07:01', 11, 'rebuilt']], { egress: '10.250.0.7' });
    await dp1.ensureNetwork(spec);
    const [orphan] = lab.dnsmasqPids();
    lab.drop('a-700');
    const repaired = (await dp1.reconcile([spec])).map((a) => a.kind);
    assert.ok(repaired.includes('stop orphaned dnsmasq') && repaired.includes('create namespace') && repaired.includes('start dnsmasq'), repaired.join(', '));
    await gone(orphan ?? assert.fail('control: dnsmasq ran'));
    assert.equal(lab.dnsmasqPids().length, 1, 'the dnsmasq of the lost namespace was stopped');
    const i1 = await lab.instance('i1', n1, 'tap-i1', '02:00:00:00:07:01');
    await dp1.attachInterface(700, 'tap-i1');
    assert.equal((await lab.dhcp(i1)).ip, '10.70.0.11');
    assert.equal(await lab.ping(i1, OUTSIDE), true);
  });

  it('one malformed spec in a reconcile is refused alone: the rest is put right, strays go, its own network stays', async () => {
    const kept = mesh(710);
    const malformed = mesh(720);
    await dp2.ensureNetwork(kept);
    await dp2.ensureNetwork(malformed);
    await dp2.ensureNetwork(mesh(730));
    const rtnl = Rtnl.open(n2);
    try {
      await rtnl.deleteLink(bridgeName(710));
    } finally {
      rtnl.close();
    }
    await assert.rejects(
      dp2.reconcile([kept, { ...malformed, peers: ['not-an-address'] }]),
      (err: unknown) => err instanceof Error && /peer not-an-address is not an IPv4 address/.test(err.message),
    );
    const names = await linkNames(n2);
    assert.ok(names.includes(bridgeName(710)), 'the good network was repaired');
    assert.ok(names.includes(bridgeName(720)), 'the malformed one is left as it was');
    assert.ok(!names.includes(bridgeName(730)), 'the stray was removed');
  });

  it('a kernel refusal surfaces as a NetlinkError naming the operation and the link', async () => {
    const rtnl = Rtnl.open(n1);
    try {
      // Not ours by name, but it holds VNI 900 on our port, so the kernel refuses a second one.
      await rtnl.createBridge('br-x', 1450);
      await rtnl.createVxlan('vx-squatter', { vni: 900, local: MESH1, port: 4789, mtu: 1450, master: 0 });
      await assert.rejects(dp1.ensureNetwork(mesh(900)), (err: unknown) => {
        assert.ok(err instanceof NetlinkError);
        assert.equal(err.code, 'SF_ERR_INTERNAL_NETLINK');
        assert.deepEqual([err.operation, err.link, err.errno], ['create vxlan', vxlanName(900), 'EEXIST']);
        return true;
      });
    } finally {
      await rtnl.deleteLink('vx-squatter');
      await rtnl.deleteLink('br-x');
      rtnl.close();
    }
    // Control: with the squatter gone the same call succeeds.
    assert.ok((await dp1.ensureNetwork(mesh(900))).some((a) => a.kind === 'create vxlan'));
  });

  it('removal leaves no link, namespace, nft table, process or file behind', async () => {
    const spec = network(500, 50, [['02:00:00:00:05:01', 11, 'gone']], { egress: '10.250.0.5', floating: [['10.250.0.55', 11]] });
    await dp1.ensureNetwork(spec);
    await dp2.ensureNetwork(mesh(500));
    assert.ok((await linkNames(n1)).includes(egressVethName(500)), 'control: the network was there');
    assert.equal(lab.dnsmasqPids().length, 1, 'control: dnsmasq was running');

    await dp1.removeNetwork(500);
    await dp2.removeNetwork(500);
    for (const ns of [n1, n2]) {
      const ours = (await linkNames(ns)).filter((n) => /^(vxlan-|br-vxlan-|veth-|egr-)/.test(n));
      assert.deepEqual(ours, [], `links left in ${ns}`);
      const tables = await execa('nsenter', [`--net=/run/netns/${ns}`, 'nft', 'list', 'tables']);
      assert.equal(tables.stdout.trim(), '', `nft tables left in ${ns}`);
    }
    assert.deepEqual(listNetns(lab.ns('a-')), []);
    assert.deepEqual(listNetns(lab.ns('b-')), []);
    assert.deepEqual(lab.dnsmasqPids(), []);
    assert.equal(existsSync(`${lab.stateDir}/a/dhcp/500`), false);
    assert.deepEqual((await dp1.observe()).networks, []);
  });

  it('a plain file left by a half-made namespace is no namespace: observe skips it, ensure replaces it', async () => {
    writeFileSync(`${NETNS_DIR}/${lab.ns('a-')}800`, '');
    const spec = network(800, 80, [['02:00:00:00:08:01', 11, 'stale']]);
    assert.deepEqual((await dp1.observe()).networks, []);
    assert.ok((await dp1.ensureNetwork(spec)).some((a) => a.kind === 'create namespace'));
    assert.deepEqual(await dp1.drift([spec]), []);
    const orphan = `${lab.ns('a-')}801`;
    writeFileSync(`${NETNS_DIR}/${orphan}`, '');
    const notOurs = `${lab.ns('a-')}backup`;
    writeFileSync(`${NETNS_DIR}/${notOurs}`, '');
    const actions = await dp1.reconcile([spec]);
    assert.deepEqual(actions.filter((a) => a.kind === 'delete namespace file').map((a) => a.detail), [{ netns: orphan }], 'one for a network not wanted is removed');
    assert.equal(existsSync(`${NETNS_DIR}/${orphan}`), false);
    assert.equal(existsSync(`${NETNS_DIR}/${notOurs}`), true, 'a name netnsName() would not write is not ours');
    rmSync(`${NETNS_DIR}/${notOurs}`);
  });

  it('a leftover that cannot be removed fails the reconcile, but the rest is still done', async () => {
    const stuck = `${NETNS_DIR}/${lab.ns('a-')}871`;
    const removable = `${NETNS_DIR}/${lab.ns('a-')}872`;
    mkdirSync(stuck);
    writeFileSync(removable, '');
    const spec = mesh(873);
    try {
      await assert.rejects(dp1.reconcile([spec]), (err: unknown) => err instanceof NamespaceError && err.message.includes(`${lab.ns('a-')}871`));
      assert.equal(existsSync(removable), false, 'the other leftover went');
      assert.deepEqual(await dp1.drift([spec]), [], 'the network was made');
    } finally {
      rmSync(stuck, { recursive: true, force: true });
    }
  });

  it('removeNetwork removes the plain file a killed namespace creation left', async () => {
    const leftover = `${NETNS_DIR}/${lab.ns('a-')}874`;
    writeFileSync(leftover, '');
    const actions = await dp1.removeNetwork(874);
    assert.deepEqual(actions.map((a) => [a.kind, a.detail]), [['delete namespace file', { netns: `${lab.ns('a-')}874` }]]);
    assert.equal(existsSync(leftover), false);
  });

  it('names sf-net would not write are not networks: `0x1a`, `07` or a VNI out of range', async () => {
    await lab.namespace('a-0x1a');
    await lab.namespace('a-16777216');
    mkdirSync(`${lab.stateDir}/a/dhcp/07`, { recursive: true });
    try {
      assert.deepEqual(await dp1.drift([]), []);
      assert.deepEqual(await dp1.reconcile([]), []);
      assert.equal(existsSync(`${lab.stateDir}/a/dhcp/07`), true);
      assert.ok(listNetns(lab.ns('a-')).includes(lab.ns('a-0x1a')));
    } finally {
      lab.drop('a-0x1a', 'a-16777216');
      rmSync(`${lab.stateDir}/a/dhcp/07`, { recursive: true });
    }
  });

  it('a lost link-local egress address and a changed table are drift, and one reconcile repairs them', async () => {
    const spec = network(875, 87, [], { egress: '10.250.0.75', floating: [['10.250.0.76', 11]] });
    await dp1.reconcile([spec]);
    const rtnl = Rtnl.open(n1);
    try {
      const egress = await rtnl.linkByName(egressVethName(875));
      await rtnl.deleteAddress(egress?.index ?? assert.fail(), egressVethName(875), '169.254.0.1', 32);
    } finally {
      rtnl.close();
    }
    const nft = (ns: string, ...args: string[]): Promise<unknown> => execa('nsenter', [`--net=/run/netns/${ns}`, 'nft', ...args]);
    await nft(n1, 'delete', 'element', 'inet', 'sf-net', 'egress_sources', `{ "${egressVethName(875)}" . 10.250.0.76 }`);
    await nft(lab.ns('a-875'), 'flush', 'chain', 'ip', 'sf-net', 'prerouting');
    // The kernel drops a link's routes with its last address, so the egress routes went too.
    const drift = (await dp1.drift([spec])).map((d) => `${d.vni ?? ''} ${d.what}`).sort();
    assert.deepEqual(drift, [' node table differs', '875 egress link address missing', '875 egress routes differ', '875 nat table differs']);
    const actions = (await dp1.reconcile([spec])).map((a) => a.kind).sort();
    assert.deepEqual(actions, ['add egress link address', 'add egress route', 'add egress route', 'apply nat table', 'apply node table']);
    assert.deepEqual(await dp1.drift([spec]), []);
  });

  it('a host name dnsmasq would misread still gets its address', async () => {
    const spec = network(876, 76, [['02:00:00:00:76:01', 11, '12h']]);
    await dp1.ensureNetwork(spec);
    const i1 = await lab.instance('i1', n1, 'tap-i1', '02:00:00:00:76:01');
    await dp1.attachInterface(876, 'tap-i1');
    const lease = await lab.dhcp(i1);
    assert.deepEqual([lease.ip, lease.hostname ?? ''], ['10.76.0.11', ''], 'no hostname, and the address');
  });

  it('hosts written but never signalled (a crash before SIGHUP) are reloaded by the next ensure', async () => {
    const spec = network(810, 81, [['02:00:00:00:81:01', 11, 'one']]);
    await dp1.ensureNetwork(spec);
    spec.carrier?.dhcpHosts.push({ mac: '02:00:00:00:81:02', ipv4: '10.81.0.12', hostname: 'two' });
    writeFileSync(`${lab.stateDir}/a/dhcp/810/hosts`, renderHosts(spec.carrier ?? assert.fail()));
    assert.deepEqual((await dp1.drift([spec])).map((d) => d.what), ['dnsmasq hosts not loaded']);
    assert.deepEqual((await dp1.ensureNetwork(spec)).map((a) => a.kind), ['reload dnsmasq']);
    const i1 = await lab.instance('i1', n1, 'tap-i1', '02:00:00:00:81:02');
    await dp1.attachInterface(810, 'tap-i1');
    assert.equal((await lab.dhcp(i1)).ip, '10.81.0.12', 'dnsmasq serves the new host');
    assert.deepEqual(await dp1.drift([spec]), []);
  });

  it('a floating address moved to another network takes its route along', async () => {
    const routeOf = async (dst: string): Promise<string | undefined> => {
      const rtnl = Rtnl.open(n1);
      try {
        const oif = (await rtnl.routes()).find((r) => r.dst === dst && r.prefix === 32)?.oif;
        return (await rtnl.links()).find((l) => l.index === oif)?.name;
      } finally {
        rtnl.close();
      }
    };
    const a = network(820, 82, [], { egress: '10.250.0.82', floating: [['10.250.0.88', 11]] });
    const b = network(830, 83, [], { egress: '10.250.0.83', floating: [['10.250.0.88', 11]] });
    await dp1.ensureNetwork(a);
    assert.equal(await routeOf('10.250.0.88'), egressVethName(820), 'control');
    await dp1.ensureNetwork(b);
    assert.equal(await routeOf('10.250.0.88'), egressVethName(830));
    const defloated = network(820, 82, [], { egress: '10.250.0.82' });
    await dp1.ensureNetwork(defloated);
    assert.equal(await routeOf('10.250.0.88'), egressVethName(830), 'the old network does not take it back');
    assert.deepEqual(await dp1.drift([defloated, b]), []);
    await assert.rejects(dp1.reconcile([a, b]), (err: unknown) => err instanceof NetworkSpecError && /10\.250\.0\.88 is claimed by networks 820, 830/.test(err.message));
    assert.equal(await routeOf('10.250.0.88'), egressVethName(830), 'one desired set claiming it twice moves it nowhere');
    await assert.rejects(dp1.ensureNetworks([b, { ...b, peers: [MESH1] }]), /network 830 is given 2 times/);
  });

  it('a restarted dataplane leaves the node table alone until its first reconcile', async () => {
    const kept = network(850, 85, [], { egress: '10.250.0.85' });
    await dp1.ensureNetworks([network(840, 84, [], { egress: '10.250.0.84' }), kept]);
    const netblocks = async (): Promise<string> =>
      (await execa('nsenter', [`--net=/run/netns/${n1}`, 'nft', 'list', 'set', 'inet', 'sf-net', 'virtual_netblocks'])).stdout;
    assert.match(await netblocks(), /10\.84\.0\.0\/24/, 'control');

    const restarted = lab.dataplane(n1, MESH1, 'a');
    await restarted.removeNetwork(840);
    assert.match(await netblocks(), /10\.85\.0\.0\/24/, 'isolation of the networks it was not told about stays');
    // A first reconcile whose only spec of 850 is malformed does not know 850's netblock: the table must wait.
    await assert.rejects(restarted.reconcile([{ ...kept, peers: ['not-an-address'] }]), /not an IPv4 address/);
    assert.match(await netblocks(), /10\.85\.0\.0\/24/, 'a malformed spec does not cost its network its isolation');
    assert.ok((await restarted.reconcile([kept])).some((a) => a.kind === 'apply node table'));
    assert.doesNotMatch(await netblocks(), /10\.84\.0\.0/);
    assert.match(await netblocks(), /10\.85\.0\.0\/24/);
  });

  it('a vxlan-N that is not ours, by its digits or by its address and port, is left alone', async () => {
    const rtnl = Rtnl.open(n1);
    const otherPort = vxlanName(870);
    try {
      await rtnl.createVxlan('vxlan-860', { vni: 860, local: MESH1, port: 4789, mtu: 1450, master: 0 });
      await rtnl.createVxlan(otherPort, { vni: 870, local: MESH1, port: 4790, mtu: 1450, master: 0 });
      assert.deepEqual(await dp1.drift([]), []);
      assert.deepEqual(await dp1.reconcile([]), []);
      const names = await linkNames(n1);
      assert.ok(names.includes('vxlan-860') && names.includes(otherPort), names.join(' '));
      await assert.rejects(dp1.ensureNetwork(mesh(870)), (err: unknown) => {
        assert.ok(err instanceof NetlinkError);
        assert.deepEqual([err.operation, err.link, err.errno], ['create vxlan', otherPort, 'EEXIST']);
        return true;
      });
    } finally {
      await rtnl.deleteLink('vxlan-860');
      await rtnl.deleteLink(otherPort);
      rtnl.close();
    }
  });

  it('dnsmasq is found without its pid file: no second start, and removal stops it', async () => {
    const spec = network(880, 88, [['02:00:00:00:88:01', 11, 'x']]);
    await dp1.ensureNetwork(spec);
    const [pid] = lab.dnsmasqPids();
    assert.ok(pid !== undefined, 'control: dnsmasq runs');
    rmSync(`${lab.stateDir}/a/dhcp/880/dnsmasq.pid`);
    assert.equal((await dp1.observe()).networks.find((n) => n.vni === 880)?.dnsmasq?.pid, pid);
    assert.deepEqual(await dp1.ensureNetwork(spec), []);
    await dp1.removeNetwork(880);
    assert.deepEqual(lab.dnsmasqPids(), []);
  });

  it('a changed gateway or a stray egress address leaves only the wanted address on each link', async () => {
    const spec = network(890, 89, [], { egress: '10.250.0.89' });
    await dp1.ensureNetwork(spec);
    const moved: NetworkSpec = { ...spec, carrier: { ...(spec.carrier ?? assert.fail()), gateway: '10.89.0.254' } };
    await dp1.ensureNetwork(moved);
    const rtnl = Rtnl.open(lab.ns('a-890'));
    try {
      const egress = await rtnl.linkByName('egress0');
      await rtnl.addAddress(egress?.index ?? assert.fail(), 'egress0', '10.250.0.99', 32);
    } finally {
      rtnl.close();
    }
    assert.deepEqual((await dp1.drift([moved])).map((d) => d.what), ['extra egress addresses']);
    assert.ok((await dp1.ensureNetwork(moved)).some((a) => a.kind === 'repair namespace'));
    const inside = (await dp1.observe()).networks.find((n) => n.vni === 890)?.interior;
    assert.deepEqual([inside?.gatewayAddresses, inside?.egressAddresses], [['10.89.0.254/24'], ['10.250.0.89/32']]);
    assert.deepEqual(await dp1.drift([moved]), []);
  });

  it('calls run one at a time: an observe made during an ensure sees the finished network', async () => {
    const spec = network(910, 91, [['02:00:00:00:91:01', 11, 'q']], { egress: '10.250.0.91' });
    const [actions, snapshot] = await Promise.all([dp1.ensureNetwork(spec), dp1.observe(), dp1.drift([spec])]);
    assert.ok(actions.length > 0);
    const seen = snapshot.networks.find((n) => n.vni === 910);
    assert.ok(seen?.dnsmasq !== undefined && seen.natTable !== undefined, 'observed after the ensure');
  });

  it('attachInterface takes only instance interfaces, never the uplink or a link of ours', async () => {
    await dp1.ensureNetwork(network(920, 92, []));
    for (const ifname of ['ul0', gatewayVethName(920), 'lo']) {
      await assert.rejects(dp1.attachInterface(920, ifname), (err: unknown) => {
        assert.ok(err instanceof ValidationError);
        assert.match(err.message, new RegExp(ifname));
        return true;
      });
    }
    const rtnl = Rtnl.open(n1);
    try {
      assert.equal((await rtnl.linkByName('ul0'))?.master, undefined, 'the uplink stays off the bridge');
    } finally {
      rtnl.close();
    }
  });

  it('ran none of ip, brctl, bridge or iptables while doing all of the above', async () => {
    assert.deepEqual(lab.bannedToolRuns(), []);
    // Control: the stand-ins do record a run (this one is the test's, not the dataplane's).
    await execa('brctl', ['show'], { reject: false });
    assert.deepEqual(lab.bannedToolRuns(), ['brctl show']);
  });
});
