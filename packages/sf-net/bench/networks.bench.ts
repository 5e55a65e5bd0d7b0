/**
 * `npm run bench -- networks`: 100 networks on one (namespaced) node through
 * the library, against the same links made by one `ip -batch` file. The
 * baseline is the only place sf-net runs `ip`, and only to measure against.
 *
 * per_network_ms: what the 3 ms goal names, a carrier network without NAT
 * (bridge, VXLAN + FDB, namespace, gateway veth, addresses, the node's nft
 * table), per network of 100 made at once; create_100_s: 100 carrier networks with
 * NAT and a floating address (all that, plus an egress veth pair, routes and
 * a NAT table per namespace, which an nft run applies), nat_per_network_ms
 * the same per network; dnsmasq_100_s: then starting 100 dnsmasq;
 * nft_1000_ms: a live node table (100 networks) replaced by the one for 1,000
 * NAT networks in one transaction, built and applied (median of 3); baseline: the no-NAT run's links by `ip -batch`;
 * ratio: the no-NAT run over the baseline.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { createLogger } from '@sf/common/log';
import { Dataplane, type NetworkSpec } from '../src/index.js';
import { Nft } from '../src/internal/nft.js';
import { CommandRunner } from '../src/internal/runner.js';
import { TABLE_NAME, nodeTable } from '../src/internal/nft-ruleset.js';
import { bridgeName, gatewayVethName, vxlanName } from '../src/internal/names.js';
import { NETNS_DIR, createNetns, deleteNetns, listNetns } from '../src/internal/netns.js';

const COUNT = 100;
const MESH = '192.168.77.1';
const PEERS = [MESH, '192.168.77.2', '192.168.77.3'];
const prefix = `sfb-${randomBytes(3).toString('hex')}-`;
const stateDir = mkdtempSync(join(tmpdir(), 'sf-net-bench-'));

function spec(i: number, opts: { dhcp: boolean; nat: boolean }): NetworkSpec {
  const hi = Math.floor(i / 250);
  const lo = i % 250;
  const inside = `10.${100 + hi}.${lo}`;
  const outside = `10.${200 + hi}.${lo}`;
  return {
    vni: i,
    peers: PEERS,
    carrier: {
      netblock: `${inside}.0/24`,
      dhcp: opts.dhcp,
      dhcpHosts: [{ mac: '02:00:00:00:00:01', ipv4: `${inside}.10`, hostname: `bench-${i}` }],
      ...(opts.nat ? { nat: { egressAddress: `${outside}.1`, floating: [{ address: `${outside}.2`, target: `${inside}.10` }] } } : {}),
    },
  };
}

const seconds = (ms: number): number => Math.round(ms) / 1000;
const specs = (opts: { dhcp: boolean; nat: boolean }): NetworkSpec[] => Array.from({ length: COUNT }, (_, i) => spec(i + 1, opts));

function openDataplane(node: string): Dataplane {
  return Dataplane.open({
    meshIp: MESH,
    underlayMtu: 1500,
    vxlanPort: 4789,
    stateDir: join(stateDir, node),
    netnsPrefix: `${node}-`,
    nodeNetns: node,
    dnsmasqPath: '/usr/sbin/dnsmasq',
    dhcpLeaseSeconds: 3600,
    log: createLogger({ name: 'sf-net-bench', level: 'warn' }),
  });
}

/** Tear a bench node down the fast way: dnsmasq first, then every namespace (their links go with them). */
async function teardown(dp: Dataplane, node: string): Promise<void> {
  for (const n of (await dp.observe()).networks) if (n.dnsmasq !== undefined) process.kill(n.dnsmasq.pid, 'SIGKILL');
  for (const ns of listNetns(`${node}-`)) deleteNetns(ns);
  deleteNetns(node);
}

/** Milliseconds to create COUNT networks on a fresh node, then to start their dnsmasq when asked. */
const opened: Array<[Dataplane, string]> = [];

/**
 * Milliseconds to create COUNT networks on a fresh node, then to start their
 * dnsmasq when asked. Nodes are torn down only at the end: the kernel cleans
 * up deleted namespaces in the background, under the lock the next run needs.
 */
async function library(nat: boolean, dhcp: boolean): Promise<{ create: number; dnsmasq: number }> {
  const node = `${prefix}${nat ? 'nat' : 'plain'}`;
  createNetns(node);
  const dp = openDataplane(node);
  opened.push([dp, node]);
  // As a daemon starts, so the timed ensure writes the node table too.
  await dp.reconcile([]);
  let t = performance.now();
  await dp.ensureNetworks(specs({ dhcp: false, nat }));
  const create = performance.now() - t;
  t = performance.now();
  if (dhcp) await dp.ensureNetworks(specs({ dhcp: true, nat }));
  return { create, dnsmasq: performance.now() - t };
}

/**
 * The links of the no-NAT run by one `ip -batch` file: bridge, VXLAN, namespace
 * and gateway veth per network. `ip -batch` cannot add FDB entries or work
 * inside the new namespaces, so those are the library's extra work.
 */
async function baseline(): Promise<number> {
  const node = `${prefix}base`;
  createNetns(node);
  const lines: string[] = [];
  for (let i = 1; i <= COUNT; i++) {
    const ns = `${prefix}b-${i}`;
    const [br, vx, veth] = [bridgeName(i), vxlanName(i), gatewayVethName(i)];
    lines.push(
      `link add ${br} mtu 1450 type bridge`,
      `link set ${br} up`,
      `link add ${vx} mtu 1450 type vxlan id ${i} local ${MESH} dstport 4789 nolearning`,
      `link set ${vx} master ${br} up`,
      `netns add ${ns}`,
      `link add ${veth} mtu 1450 type veth peer name gw0 netns ${ns}`,
      `link set ${veth} master ${br} up`,
    );
  }
  const file = join(stateDir, 'baseline.batch');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const t = performance.now();
  await execa('ip', ['-n', node, '-batch', file]);
  return performance.now() - t;
}

async function nft1000(): Promise<number> {
  const node = `${prefix}nft`;
  createNetns(node);
  const runner = new CommandRunner();
  const nft = new Nft(runner);
  try {
    const thousand = Array.from({ length: 1000 }, (_, i) => spec(i + 1, { dhcp: false, nat: true }));
    await nft.apply(node, nodeTable(specs({ dhcp: false, nat: true }), MESH), undefined);
    const current = await nft.observe(node, 'inet', TABLE_NAME);
    const runs: number[] = [];
    for (let r = 0; r < 3; r++) {
      const t = performance.now();
      await nft.apply(node, nodeTable(thousand, MESH), current);
      runs.push(performance.now() - t);
    }
    return runs.sort((a, b) => a - b)[1] ?? 0;
  } finally {
    runner.close();
    deleteNetns(node);
  }
}

try {
  const plain = await library(false, false);
  const { create, dnsmasq } = await library(true, true);
  const base = await baseline();
  const nft = await nft1000();
  for (const [dp, node] of opened) await teardown(dp, node);
  const result = {
    name: 'networks',
    create_100_s: seconds(create),
    per_network_ms: Math.round((plain.create / COUNT) * 100) / 100,
    nat_per_network_ms: Math.round((create / COUNT) * 100) / 100,
    dnsmasq_100_s: seconds(dnsmasq),
    nft_1000_ms: Math.round(nft * 10) / 10,
    baseline: seconds(base),
    ratio: Math.round((plain.create / base) * 100) / 100,
  };
  console.log(`BENCH ${JSON.stringify(result)}`);
} finally {
  for (const [dp] of opened) dp.close();
  // Every file, mounted or not: `ip -n NODE netns add` mounts in its own mount namespace, leaving us the plain file.
  for (const ns of readdirSync(NETNS_DIR).filter((n) => n.startsWith(prefix))) deleteNetns(ns);
  rmSync(stateDir, { recursive: true, force: true });
}
