import type { DataplaneAction, ObservedNetwork } from '../types.js';
import type { DataplaneContext } from './context.js';
import { netnsName } from './context.js';
import { dnsmasqPaths } from './dnsmasq-config.js';
import { removeDnsmasqFiles, stopDnsmasq } from './dnsmasq.js';
import { bridgeName, egressVethName, gatewayVethName, isOurVxlan, vxlanName } from './names.js';
import { deleteNetns, listNetnsLeftovers } from './netns.js';

/**
 * Take down the carrier's share: dnsmasq, veths, namespace (and with it the
 * NAT table and every address and route inside), DHCP files.
 */
export async function removeCarrier(ctx: DataplaneContext, seen: ObservedNetwork, actions: DataplaneAction[]): Promise<void> {
  const { vni } = seen;
  const paths = dnsmasqPaths(ctx.options.stateDir, vni);
  if (seen.dnsmasq !== undefined) {
    await stopDnsmasq(vni, seen.dnsmasq.pid, paths.config);
    actions.push({ vni, kind: 'stop dnsmasq' });
  }
  for (const [present, name] of [
    [seen.egressVeth, egressVethName(vni)],
    [seen.gatewayVeth, gatewayVethName(vni)],
  ] as const) {
    if (present === undefined) continue;
    await ctx.node.deleteLink(name);
    actions.push({ vni, kind: 'delete veth', detail: { link: name } });
  }
  if (seen.netns) {
    deleteNetns(netnsName(ctx, vni));
    actions.push({ vni, kind: 'delete namespace', detail: { netns: netnsName(ctx, vni) } });
  }
  removeDnsmasqFiles(paths);
}

/** Remove every trace of a network on this node. */
export async function removeObserved(ctx: DataplaneContext, seen: ObservedNetwork, actions: DataplaneAction[]): Promise<void> {
  await removeCarrier(ctx, seen, actions);
  const { vni } = seen;
  for (const [present, name] of [
    [seen.vxlan !== undefined && isOurVxlan(seen.vxlan, ctx.options), vxlanName(vni)],
    [seen.bridge !== undefined, bridgeName(vni)],
  ] as const) {
    if (!present) continue;
    await ctx.node.deleteLink(name);
    actions.push({ vni, kind: 'delete link', detail: { link: name } });
  }
}

/**
 * Plain files of ours in the namespace directory whose network is not
 * wanted: a creation killed between the file and its mount left them, and
 * they are no namespace, so no observation finds them. (A wanted network's
 * creation replaces its own.)
 */
export function removeNetnsLeftovers(ctx: DataplaneContext, wanted: ReadonlySet<number>, actions: DataplaneAction[]): void {
  const prefix = ctx.options.netnsPrefix;
  for (const netns of listNetnsLeftovers(prefix)) {
    const suffix = netns.slice(prefix.length);
    // Only names netnsName() would write: another tool's file under a similar name is not ours to remove.
    if (!/^[1-9]\d*$/.test(suffix) || wanted.has(Number(suffix))) continue;
    deleteNetns(netns);
    actions.push({ vni: Number(suffix), kind: 'delete namespace file', detail: { netns } });
  }
}
