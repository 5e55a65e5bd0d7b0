import { NetworkSpecError } from '../errors.js';

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

/** The VNI a link of ours belongs to, or undefined for links that are not ours. */
export function vniOfLink(name: string): { vni: number; role: 'vxlan' | 'bridge' | 'gateway' | 'egress' } | undefined {
  const m = /^(?:(vxlan)-(\d+)|(br-vxlan)-(\d+)|(veth)-(\d+)-o|(egr)-(\d+)-o)$/.exec(name);
  if (m === null) return undefined;
  const [, vx, vxVni, br, brVni, veth, vethVni, egr, egrVni] = m;
  if (vx !== undefined) return { vni: Number(vxVni), role: 'vxlan' };
  if (br !== undefined) return { vni: Number(brVni), role: 'bridge' };
  if (veth !== undefined) return { vni: Number(vethVni), role: 'gateway' };
  if (egr !== undefined) return { vni: Number(egrVni), role: 'egress' };
  return undefined;
}
