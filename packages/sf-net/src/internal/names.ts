import { NetworkSpecError } from '../errors.js';
import type { ObservedVxlan } from '../types.js';

/** Every 24-bit VNI, which is what the allocator's `vxlan` pool hands out. */
export const MAX_VNI = 0xff_ffff;

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

/**
 * The VNI in a namespace or DHCP directory name, which netnsName() and
 * dnsmasqPaths() write in plain decimal: `07`, `0x1a` or `1e3` were written
 * by someone else, and a number past MAX_VNI names no network of ours.
 */
export function vniOfDecimal(text: string): number | undefined {
  if (!/^[1-9]\d{0,7}$/.test(text)) return undefined;
  const vni = Number(text);
  return vni <= MAX_VNI ? vni : undefined;
}

/**
 * The VNI as six lower-case hex digits, as Shaken Fist names its links:
 * IFNAMSIZ is 16 including the NUL, so `br-vxlan-` leaves six characters,
 * which in hex hold every 24-bit VNI (in decimal they would stop at 999,999).
 */
const hex6 = (vni: number): string => vni.toString(16).padStart(6, '0');

export const vxlanName = (vni: number): string => `vxlan-${hex6(vni)}`;
export const bridgeName = (vni: number): string => `br-vxlan-${hex6(vni)}`;
export const gatewayVethName = (vni: number): string => `veth-${hex6(vni)}-o`;
export const egressVethName = (vni: number): string => `egr-${hex6(vni)}-o`;

/**
 * The VNI a link of ours belongs to, or undefined for links that are not ours.
 * Only the six lower-case hex digits vxlanName() and friends would write
 * count: `vxlan-7` or `vxlan-00000A` is someone else's, since removing
 * network 7 or 10 would never look for it.
 */
export function vniOfLink(name: string): { vni: number; role: 'vxlan' | 'bridge' | 'gateway' | 'egress' } | undefined {
  const m = /^(?:(vxlan)-([0-9a-f]{6})|(br-vxlan)-([0-9a-f]{6})|(veth)-([0-9a-f]{6})-o|(egr)-([0-9a-f]{6})-o)$/.exec(name);
  if (m === null) return undefined;
  const [, vx, vxVni, br, brVni, veth, vethVni, egr, egrVni] = m;
  const role = vx ?? br ?? veth ?? egr;
  const vni = parseInt(vxVni ?? brVni ?? vethVni ?? egrVni ?? '', 16);
  if (vni < 1) return undefined;
  if (role === 'vxlan') return { vni, role: 'vxlan' };
  if (role === 'br-vxlan') return { vni, role: 'bridge' };
  if (role === 'veth') return { vni, role: 'gateway' };
  return { vni, role: 'egress' };
}

/** A VXLAN device is ours only if it carries this node's mesh traffic: another tool may use the same name pattern. */
export function isOurVxlan(link: ObservedVxlan, s: { meshIp: string; vxlanPort: number }): boolean {
  return link.kind === 'vxlan' && link.local === s.meshIp && link.port === s.vxlanPort;
}

