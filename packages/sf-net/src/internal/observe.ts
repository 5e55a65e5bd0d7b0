import { existsSync, readdirSync } from 'node:fs';
import { isInstanceTap } from '@sf/common';
import { ObserveError } from '../errors.js';
import type { DataplaneSnapshot, ObservedInterior, ObservedNetwork, ObservedVxlan } from '../types.js';
import type { DataplaneContext } from './context.js';
import { netnsName } from './context.js';
import { dnsmasqPaths } from './dnsmasq-config.js';
import { dnsmasqIdentity, observeDnsmasq } from './dnsmasq.js';
import { NETNS_EGRESS_IF, NETNS_GATEWAY_IF, bridgeName, egressVethName, gatewayVethName, isOurVxlan, vniOfDecimal, vniOfLink, vxlanName } from './names.js';
import { listNetns, netnsPath } from './netns.js';
import { TABLE_NAME } from './nft-ruleset.js';
import { inParallel } from './parallel.js';
import { Rtnl, type RouteEntry } from './rtnl.js';
import { ipForwarding } from './sysctl.js';

/** Node-wide kernel state, dumped once and shared by every network's view. */
export interface NodeState {
  links: Map<string, ObservedVxlan>;
  fdb: Map<number, string[]>;
  routes: RouteEntry[];
  addresses: Map<number, string[]>;
  namespaces: Set<string>;
}

export async function observeNode(ctx: DataplaneContext): Promise<NodeState> {
  const links = await ctx.node.links();
  const fdb = await ctx.node.fdb();
  const routes = await ctx.node.routes();
  const addresses = await ctx.node.addresses();
  return { links: new Map(links.map((l) => [l.name, l])), fdb, routes, addresses, namespaces: new Set(listNetns(ctx.options.netnsPrefix)) };
}

/** Instance interfaces of the node, by name. */
export function instanceInterfaces(node: NodeState): string[] {
  return [...node.links.keys()].filter((name) => isInstanceTap(name)).sort();
}

function attachedTo(node: NodeState, bridge: number | undefined): string[] {
  if (bridge === undefined) return [];
  return instanceInterfaces(node).filter((name) => node.links.get(name)?.master === bridge);
}

/** VNIs that have anything of ours on this node: links, a namespace, or DHCP state. */
export function presentVnis(ctx: DataplaneContext, node: NodeState): number[] {
  const vnis = new Set<number>();
  for (const [name, link] of node.links) {
    const owner = vniOfLink(name);
    if (owner !== undefined && (owner.role !== 'vxlan' || isOurVxlan(link, ctx.options))) vnis.add(owner.vni);
  }
  const named = [...node.namespaces].map((ns) => ns.slice(ctx.options.netnsPrefix.length));
  const dhcpDir = `${ctx.options.stateDir}/dhcp`;
  if (existsSync(dhcpDir)) named.push(...readdirSync(dhcpDir));
  for (const text of named) {
    const vni = vniOfDecimal(text);
    if (vni !== undefined) vnis.add(vni);
  }
  return [...vnis].sort((a, b) => a - b);
}

async function observeInterior(namespace: string): Promise<ObservedInterior> {
  const rtnl = Rtnl.open(namespace);
  try {
    const links = await rtnl.links();
    const addresses = await rtnl.addresses();
    const routes = await rtnl.routes();
    const gateway = links.find((l) => l.name === NETNS_GATEWAY_IF);
    const egress = links.find((l) => l.name === NETNS_EGRESS_IF);
    return {
      gatewayUp: gateway?.up === true,
      gatewayAddresses: gateway === undefined ? [] : (addresses.get(gateway.index) ?? []),
      egressUp: egress?.up === true,
      egressAddresses: egress === undefined ? [] : (addresses.get(egress.index) ?? []),
      defaultRoute: egress !== undefined && routes.some((r) => r.prefix === 0 && r.oif === egress.index),
      forwarding: ipForwarding(namespace),
    };
  } finally {
    rtnl.close();
  }
}

/**
 * One network as the kernel has it. `deep` also looks inside the namespace
 * (links, nft, dnsmasq), which costs a socket and an nft run per network.
 */
export async function observeNetwork(ctx: DataplaneContext, node: NodeState, vni: number, deep: boolean): Promise<ObservedNetwork> {
  const byName = (name: string): ObservedVxlan | undefined => node.links.get(name);
  const vxlan = byName(vxlanName(vni));
  const egressVeth = byName(egressVethName(vni));
  const namespace = netnsName(ctx, vni);
  const netns = node.namespaces.has(namespace);
  const paths = dnsmasqPaths(ctx.options.stateDir, vni);
  return {
    vni,
    vxlan,
    bridge: byName(bridgeName(vni)),
    fdb: vxlan === undefined ? [] : [...(node.fdb.get(vxlan.index) ?? [])].sort(),
    gatewayVeth: byName(gatewayVethName(vni)),
    egressVeth,
    egressVethAddresses: egressVeth === undefined ? [] : (node.addresses.get(egressVeth.index) ?? []),
    egressRoutes: egressVeth === undefined ? [] : node.routes.filter((r) => r.oif === egressVeth.index && r.prefix === 32).map((r) => r.dst).sort(),
    attached: attachedTo(node, byName(bridgeName(vni))?.index),
    netns,
    interior: netns && deep ? await observeInterior(namespace) : undefined,
    dnsmasq: deep || existsSync(paths.config) ? observeDnsmasq(paths, dnsmasqIdentity(ctx.options, vni), netnsPath(namespace)) : undefined,
    natTable: netns && deep ? await ctx.nft.observe(namespace, 'ip', TABLE_NAME) : undefined,
  };
}

export async function observeAll(ctx: DataplaneContext): Promise<DataplaneSnapshot> {
  const node = await observeNode(ctx);
  const networks: ObservedNetwork[] = [];
  const failures = await inParallel(presentVnis(ctx, node), async (vni) => {
    networks.push(await observeNetwork(ctx, node, vni, true));
  });
  if (failures.length > 0) throw new ObserveError(failures);
  networks.sort((a, b) => a.vni - b.vni);
  return {
    networks,
    instanceInterfaces: instanceInterfaces(node),
    nodeTable: await ctx.nft.observe(ctx.options.nodeNetns, 'inet', TABLE_NAME),
    nodeForwarding: ipForwarding(ctx.options.nodeNetns),
  };
}
