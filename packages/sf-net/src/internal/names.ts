import { NetworkSpecError } from '../errors.js';
import type { ObservedVxlan } from '../types.js';

/** IFNAMSIZ is 16 including the NUL, so `br-vxlan-` leaves six digits. */
export const MAX_VNI = 999_999;

/** IPv4 outer header (20) + UDP (8) + VXLAN (8) + inner Ethernet (14). */
export const VXLAN_OVERHEAD = 50;

/** Interface names inside a network's own namespace: private, so fixed. */
export const NETNS_GATEWAY_IF = 'gw0';
export const NETNS_EGRESS_IF = 'egress0';

/**
 * The node side of every egress veth holds this link-local address, so each
 * network namespace has a default gateway without spending a routable address.
 */
export const EGRESS_LINK_ADDRESS = '169.254.0.1';

export function checkVni(vni: number): void {
  if (!Number.isInteger(vni) || vni < 1 || vni > MAX_VNI) {
    throw new NetworkSpecError(`vni must be an integer in 1..${MAX_VNI}, got ${vni}`, { vni });
  }
}

export const vxlanName = (vni: number): string => `vxlan-${vni}`;
export const bridgeName = (vni: number): string => `br-vxlan-${vni}`;
export const gatewayVethName = (vni: number): string => `veth-${vni}-o`;
export const egressVethName = (vni: number): string => `egr-${vni}-o`;

/**
 * The VNI a link of ours belongs to, or undefined for links that are not ours.
 * Only the digits vxlanName() and friends would write count: `vxlan-007` is
 * someone else's, since removing network 7 would never look for it.
 */
export function vniOfLink(name: string): { vni: number; role: 'vxlan' | 'bridge' | 'gateway' | 'egress' } | undefined {
  const m = /^(?:(vxlan)-([1-9]\d*)|(br-vxlan)-([1-9]\d*)|(veth)-([1-9]\d*)-o|(egr)-([1-9]\d*)-o)$/.exec(name);
  if (m === null) return undefined;
  const [, vx, vxVni, br, brVni, veth, vethVni, egr, egrVni] = m;
  const role = vx ?? br ?? veth ?? egr;
  const vni = Number(vxVni ?? brVni ?? vethVni ?? egrVni);
  if (vni > MAX_VNI) return undefined;
  if (role === 'vxlan') return { vni, role: 'vxlan' };
  if (role === 'br-vxlan') return { vni, role: 'bridge' };
  if (role === 'veth') return { vni, role: 'gateway' };
  return { vni, role: 'egress' };
}

/** A VXLAN device is ours only if it carries this node's mesh traffic: another tool may use the same name pattern. */
export function isOurVxlan(link: ObservedVxlan, s: { meshIp: string; vxlanPort: number }): boolean {
  return link.kind === 'vxlan' && link.local === s.meshIp && link.port === s.vxlanPort;
}

/** Instance interfaces (`tap-<id>`): attachInterface takes no other, so the uplink or a link of ours cannot join a bridge. */
export const INSTANCE_INTERFACE = /^tap-[0-9a-z][0-9a-z-]{0,10}$/i;
