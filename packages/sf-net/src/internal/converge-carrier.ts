import { closeSync } from 'node:fs';
import { NamespaceError } from '../errors.js';
import type { CarrierSpec, DataplaneAction, NetworkSpec, ObservedLink, ObservedNetwork } from '../types.js';
import { parseCidr } from './addr.js';
import { gatewayOf } from './carrier-spec.js';
import type { DataplaneContext } from './context.js';
import { netnsName } from './context.js';
import { dnsmasqPaths, misreadHostname, renderConfig, renderHosts } from './dnsmasq-config.js';
import { dnsmasqIdentity, markHostsLoaded, reloadDnsmasq, removeDnsmasqFiles, startDnsmasq, stopDnsmasq, writeDnsmasqFiles } from './dnsmasq.js';
import { EGRESS_LINK_ADDRESS, NETNS_EGRESS_IF, NETNS_GATEWAY_IF, egressVethName, gatewayVethName } from './names.js';
import { createNetns, openNetns } from './netns.js';
import { tableHash } from './nft-content.js';
import { TABLE_NAME, natTable, ruleCount } from './nft-ruleset.js';
import { Rtnl } from './rtnl.js';
import { enableIpForwarding } from './sysctl.js';

type Act = (kind: string, detail?: Record<string, unknown>) => void;

/** A veth from the node into the network's namespace; fd of the namespace is only held for the call. */
async function createVethInto(ctx: DataplaneContext, namespace: string, name: string, peerName: string, master?: number): Promise<number> {
  const fd = openNetns(namespace);
  try {
    return await ctx.node.createVeth(name, { peerName, peerNetnsFd: fd, mtu: ctx.mtu, ...(master === undefined ? {} : { master }) });
  } finally {
    closeSync(fd);
  }
}

async function convergeGatewayVeth(ctx: DataplaneContext, vni: number, namespace: string, seen: ObservedNetwork, bridge: number, act: Act): Promise<void> {
  const name = gatewayVethName(vni);
  const veth = seen.gatewayVeth;
  if (veth === undefined) {
    await createVethInto(ctx, namespace, name, NETNS_GATEWAY_IF, bridge);
    act('create gateway veth', { link: name });
  } else if (veth.master !== bridge || !veth.up || veth.mtu !== ctx.mtu) {
    await ctx.node.setLink(veth.index, name, { master: bridge, up: true, mtu: ctx.mtu });
    act('repair gateway veth', { link: name });
  }
}

/** The egress veth, its link-local address and the /32 routes that bring public addresses to the namespace. */
async function convergeEgress(ctx: DataplaneContext, spec: NetworkSpec, namespace: string, seen: ObservedNetwork, act: Act): Promise<void> {
  const name = egressVethName(spec.vni);
  const nat = spec.carrier?.nat;
  if (nat === undefined) {
    if (seen.egressVeth !== undefined) {
      await ctx.node.deleteLink(name);
      act('delete egress veth', { link: name });
    }
    return;
  }
  let index = seen.egressVeth?.index;
  let routes = seen.egressRoutes;
  let addresses: string[] = [];
  if (index === undefined) {
    index = await createVethInto(ctx, namespace, name, NETNS_EGRESS_IF);
    routes = [];
    act('create egress veth', { link: name });
  } else {
    addresses = seen.egressVethAddresses;
    if (seen.egressVeth?.up !== true) {
      await ctx.node.setLink(index, name, { up: true });
      act('repair egress veth', { link: name });
    }
  }
  if (!addresses.includes(`${EGRESS_LINK_ADDRESS}/32`)) {
    await ctx.node.addAddress(index, name, EGRESS_LINK_ADDRESS, 32);
    act('add egress link address', { link: name, address: EGRESS_LINK_ADDRESS });
  }
  const want = [...new Set([nat.egressAddress, ...nat.floating.map((f) => f.address)])].sort();
  for (const dst of routes.filter((r) => !want.includes(r))) {
    await ctx.node.deleteRoute({ dst, prefix: 32, oif: index }, name);
    act('delete egress route', { dst });
  }
  for (const dst of want.filter((r) => !routes.includes(r))) {
    const viaEgress = dst === nat.egressAddress ? {} : { gateway: nat.egressAddress, onlink: true };
    await ctx.node.addRoute({ dst, prefix: 32, oif: index, ...viaEgress }, name);
    act('add egress route', { dst });
  }
}

const sameAddresses = (have: readonly string[], want: string): boolean => have.length === 1 && have[0] === want;

/** A changed gateway or egress address must not leave the old one answering on the link. */
async function dropAddressesBut(rtnl: Rtnl, index: number, name: string, addresses: Map<number, string[]>, keep: string): Promise<void> {
  for (const cidr of addresses.get(index) ?? []) {
    if (cidr === keep) continue;
    const [address = '', prefix] = cidr.split('/');
    await rtnl.deleteAddress(index, name, address, Number(prefix));
  }
}

/**
 * A link inside the namespace comes up without an IPv6 address of its own
 * (see Rtnl.disableIpv6Addresses), like the node's links of the network.
 */
async function raiseInside(rtnl: Rtnl, namespace: string, links: readonly ObservedLink[], name: string): Promise<number> {
  const link = links.find((l) => l.name === name);
  if (link === undefined) throw new NamespaceError('configure', namespace, new Error(`${name} missing in the namespace`));
  if (!link.up) {
    await rtnl.disableIpv6Addresses(link.index, name);
    await rtnl.setLink(link.index, name, { up: true });
  }
  return link.index;
}

/**
 * Addresses, default route and forwarding inside the namespace; each step
 * tolerates being done already. Runs after the NAT table is in place, so
 * the namespace forwards nothing un-NATed.
 */
async function convergeInterior(ctx: DataplaneContext, spec: NetworkSpec, carrier: CarrierSpec, namespace: string, seen: ObservedNetwork, act: Act): Promise<void> {
  const { prefix } = parseCidr(carrier.netblock);
  const gateway = `${gatewayOf(carrier)}/${prefix}`;
  const egress = carrier.nat === undefined ? undefined : `${carrier.nat.egressAddress}/32`;
  const inside = seen.interior;
  const fresh = inside === undefined;
  const ok =
    !fresh &&
    inside.gatewayUp &&
    sameAddresses(inside.gatewayAddresses, gateway) &&
    (egress === undefined || (inside.egressUp && sameAddresses(inside.egressAddresses, egress) && inside.defaultRoute && inside.forwarding));
  if (ok && seen.gatewayVeth !== undefined && (egress === undefined || seen.egressVeth !== undefined)) return;

  const rtnl = Rtnl.open(namespace);
  try {
    const links = await rtnl.links();
    const lo = links.find((l) => l.name === 'lo');
    if (lo !== undefined && !lo.up) await rtnl.setLink(lo.index, 'lo', { up: true });
    const gw = await raiseInside(rtnl, namespace, links, NETNS_GATEWAY_IF);
    const addresses = await rtnl.addresses();
    await dropAddressesBut(rtnl, gw, NETNS_GATEWAY_IF, addresses, gateway);
    await rtnl.addAddress(gw, NETNS_GATEWAY_IF, gatewayOf(carrier), prefix);
    if (carrier.nat !== undefined) {
      const eg = await raiseInside(rtnl, namespace, links, NETNS_EGRESS_IF);
      await dropAddressesBut(rtnl, eg, NETNS_EGRESS_IF, addresses, `${carrier.nat.egressAddress}/32`);
      await rtnl.addAddress(eg, NETNS_EGRESS_IF, carrier.nat.egressAddress, 32);
      await rtnl.addRoute({ dst: '0.0.0.0', prefix: 0, oif: eg, gateway: EGRESS_LINK_ADDRESS, onlink: true }, NETNS_EGRESS_IF);
      enableIpForwarding(namespace);
    }
  } finally {
    rtnl.close();
  }
  act(fresh ? 'configure namespace' : 'repair namespace', { netns: namespace, vni: spec.vni });
}

/** The hosts file about to be written for dnsmasq to read; names it would misread go without their hostname. */
function writeHosts(ctx: DataplaneContext, vni: number, carrier: CarrierSpec, config: string, hosts: string): void {
  const dropped = carrier.dhcpHosts.filter((h) => misreadHostname(h.hostname));
  if (dropped.length > 0) {
    ctx.log.warn({ vni, hosts: dropped.map((h) => ({ mac: h.mac, hostname: h.hostname })) }, 'DHCP host lines written without hostnames dnsmasq would misread');
  }
  writeDnsmasqFiles(vni, dnsmasqPaths(ctx.options.stateDir, vni), config, hosts);
}

async function convergeDnsmasq(ctx: DataplaneContext, vni: number, carrier: CarrierSpec, namespace: string, seen: ObservedNetwork, act: Act): Promise<void> {
  const paths = dnsmasqPaths(ctx.options.stateDir, vni);
  const identity = dnsmasqIdentity(ctx.options, vni);
  if (carrier.dhcp === false) {
    if (seen.dnsmasq !== undefined) {
      await stopDnsmasq(vni, seen.dnsmasq, identity);
      act('stop dnsmasq');
    }
    removeDnsmasqFiles(paths);
    return;
  }
  const config = renderConfig(carrier, { paths, gateway: gatewayOf(carrier), mtu: ctx.mtu, leaseSeconds: ctx.options.dhcpLeaseSeconds });
  const hosts = renderHosts(carrier);
  const running = seen.dnsmasq;
  if (running?.inNetworkNamespace === true && running.configFile === config) {
    if (running.hostsFile !== hosts || !running.hostsLoaded) {
      writeHosts(ctx, vni, carrier, config, hosts);
      reloadDnsmasq(vni, running, identity, paths, hosts);
      act('reload dnsmasq', { hosts: carrier.dhcpHosts.length });
    }
    return;
  }
  if (running !== undefined) {
    await stopDnsmasq(vni, running, identity);
    act(running.inNetworkNamespace ? 'stop dnsmasq for new configuration' : 'stop dnsmasq outside the namespace');
  }
  writeHosts(ctx, vni, carrier, config, hosts);
  const pid = await startDnsmasq(ctx.runner, vni, identity, namespace, paths);
  markHostsLoaded(vni, paths, hosts);
  act('start dnsmasq', { pid });
}

async function convergeNat(ctx: DataplaneContext, vni: number, spec: NetworkSpec, namespace: string, seen: ObservedNetwork, act: Act): Promise<void> {
  const table = natTable(spec);
  if (table === undefined) {
    if (seen.natTable !== undefined) {
      await ctx.nft.delete(namespace, 'ip', TABLE_NAME);
      act('delete nat table');
    }
    return;
  }
  // A namespace without the table (a new one) needs no hash to know it must be applied.
  if (seen.natTable !== undefined && seen.natTable.hash === tableHash(table)) return;
  await ctx.nft.apply(namespace, table, seen.natTable);
  act('apply nat table', { vni, rules: ruleCount(table) });
}

/** The carrier's share of a network: namespace, gateway, egress, DHCP and NAT. */
export async function convergeCarrier(ctx: DataplaneContext, spec: NetworkSpec, seen: ObservedNetwork, bridge: number, actions: DataplaneAction[]): Promise<void> {
  const carrier = spec.carrier;
  if (carrier === undefined) return;
  const { vni } = spec;
  const act: Act = (kind, detail) => actions.push({ vni, kind, ...(detail === undefined ? {} : { detail }) });
  const namespace = netnsName(ctx, vni);
  let view = seen;
  if (!seen.netns) {
    if (seen.dnsmasq !== undefined) {
      // A dnsmasq outliving its namespace serves an interface that is gone.
      await stopDnsmasq(vni, seen.dnsmasq, dnsmasqIdentity(ctx.options, vni));
      act('stop orphaned dnsmasq');
    }
    // Veths whose peers were in a lost namespace cannot serve the new one.
    for (const [present, name] of [
      [seen.gatewayVeth, gatewayVethName(vni)],
      [seen.egressVeth, egressVethName(vni)],
    ] as const) {
      if (present === undefined) continue;
      await ctx.node.deleteLink(name);
      act('delete orphaned veth', { link: name });
    }
    createNetns(namespace);
    act('create namespace', { netns: namespace });
    view = { ...seen, netns: true, interior: undefined, gatewayVeth: undefined, egressVeth: undefined, egressVethAddresses: [], egressRoutes: [], natTable: undefined, dnsmasq: undefined };
  }
  await convergeGatewayVeth(ctx, vni, namespace, view, bridge, act);
  await convergeEgress(ctx, spec, namespace, view, act);
  // NAT before the interior: its default route and forwarding would otherwise let un-NATed traffic out.
  await convergeNat(ctx, vni, spec, namespace, view, act);
  await convergeInterior(ctx, spec, carrier, namespace, view, act);
  await convergeDnsmasq(ctx, vni, carrier, namespace, view, act);
}
