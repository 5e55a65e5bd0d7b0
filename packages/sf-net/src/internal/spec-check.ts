import { isInstanceTap } from '@sf/common';
import { NetworkSpecError } from '../errors.js';
import type { NetworkSpec } from '../types.js';
import { isIpv4 } from './addr.js';
import { checkCarrier } from './carrier-spec.js';
import { checkVni } from './names.js';

/** Only instance interfaces join a network's bridge: anything else on the node is not ours to move. */
export function checkInstanceTap(vni: number, ifname: string): void {
  if (!isInstanceTap(ifname)) throw new NetworkSpecError(`${ifname} is not an instance interface (tap-<id>)`, { vni, ifname });
}

/**
 * Everything one spec must satisfy before anything touches the kernel.
 * Addresses must be canonical dotted quads (parseIpv4 takes nothing else), so
 * they compare equal to what the kernel, nft and dnsmasq report.
 */
export function checkSpec(spec: NetworkSpec): void {
  checkVni(spec.vni);
  for (const peer of spec.peers) if (!isIpv4(peer)) throw new NetworkSpecError(`peer ${peer} is not an IPv4 address`, { vni: spec.vni });
  for (const ifname of spec.interfaces ?? []) checkInstanceTap(spec.vni, ifname);
  if (spec.carrier !== undefined) checkCarrier(spec.carrier);
}

/** The public addresses a spec routes to its namespace: egress and floating. */
function publicAddresses(spec: NetworkSpec): string[] {
  const nat = spec.carrier?.nat;
  return nat === undefined ? [] : [...new Set([nat.egressAddress, ...nat.floating.map((f) => f.address)])];
}

/**
 * What no two specs of one desired set may share: a VNI (which would win is
 * the order of the list), or a public address. A public address's /32 route
 * is added with NLM_F_REPLACE, so two networks claiming one would take it
 * from each other on every reconcile. Every spec involved is refused, with
 * the reason; the others are untouched.
 */
export function desiredSetConflicts(specs: readonly NetworkSpec[]): Map<NetworkSpec, NetworkSpecError> {
  const refused = new Map<NetworkSpec, NetworkSpecError>();
  const byVni = new Map<number, NetworkSpec[]>();
  const byAddress = new Map<string, NetworkSpec[]>();
  for (const spec of specs) {
    byVni.set(spec.vni, [...(byVni.get(spec.vni) ?? []), spec]);
    for (const address of publicAddresses(spec)) byAddress.set(address, [...(byAddress.get(address) ?? []), spec]);
  }
  for (const [vni, named] of byVni) {
    if (named.length < 2) continue;
    for (const spec of named) refused.set(spec, new NetworkSpecError(`network ${vni} is given ${named.length} times`, { vni }));
  }
  for (const [address, claiming] of byAddress) {
    const vnis = [...new Set(claiming.map((s) => s.vni))];
    if (vnis.length < 2) continue;
    for (const spec of claiming) {
      if (!refused.has(spec)) refused.set(spec, new NetworkSpecError(`public address ${address} is claimed by networks ${vnis.join(', ')}`, { vni: spec.vni, address, vnis }));
    }
  }
  return refused;
}
