import type { DataplaneAction, ObservedNetwork } from '../types.js';
import type { DataplaneContext } from './context.js';
import { netnsName } from './context.js';
import { dnsmasqPaths } from './dnsmasq-config.js';
import { dnsmasqIdentity, removeDnsmasqFiles, stopDnsmasq } from './dnsmasq.js';
import { bridgeName, egressVethName, gatewayVethName, isOurVxlan, vniOfDecimal, vxlanName } from './names.js';
import { deleteNetns, listNetnsLeftovers, removeNetnsLeftover } from './netns.js';

/**
 * Take down the carrier's share: dnsmasq, veths, namespace (and with it the
 * NAT table and every address and route inside), DHCP files, and the plain
 * file a namespace creation killed before its mount would have left.
 */
export async function removeCarrier(ctx: DataplaneContext, seen: ObservedNetwork, actions: DataplaneAction[]): Promise<void> {
  const { vni } = seen;
  const paths = dnsmasqPaths(ctx.options.stateDir, vni);
  if (seen.dnsmasq !== undefined) {
    await stopDnsmasq(vni, seen.dnsmasq, dnsmasqIdentity(ctx.options, vni));
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
  const netns = netnsName(ctx, vni);
  if (seen.netns) {
    deleteNetns(netns);
    actions.push({ vni, kind: 'delete namespace', detail: { netns } });
  } else if (removeNetnsLeftover(netns)) {
    actions.push({ vni, kind: 'delete namespace file', detail: { netns } });
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
 * creation replaces its own.) One that cannot be removed is a failure of
 * its own; the others are still removed. Returns the failures.
 */
export function removeNetnsLeftovers(ctx: DataplaneContext, wanted: ReadonlySet<number>, actions: DataplaneAction[]): unknown[] {
  const prefix = ctx.options.netnsPrefix;
  const failures: unknown[] = [];
  for (const netns of listNetnsLeftovers(prefix)) {
    // Only names netnsName() would write: another tool's file under a similar name is not ours to remove.
    const vni = vniOfDecimal(netns.slice(prefix.length));
    if (vni === undefined || wanted.has(vni)) continue;
    try {
      deleteNetns(netns);
      actions.push({ vni, kind: 'delete namespace file', detail: { netns } });
    } catch (err) {
      failures.push(err);
    }
  }
  return failures;
}
