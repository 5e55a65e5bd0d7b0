import type { DataplaneSnapshot, NetworkSpec, ObservedNetwork, ObservedTable } from '../types.js';
import { parseCidr } from './addr.js';
import { gatewayOf } from './carrier-spec.js';
import { diffPeers, wantedPeers } from './converge-mesh.js';
import { dnsmasqPaths, renderConfig, renderHosts } from './dnsmasq-config.js';
import { EGRESS_LINK_ADDRESS } from './names.js';
import { tableHash } from './nft-content.js';
import { natTable, nodeTable, type NftTable } from './nft-ruleset.js';

/** One way the kernel differs from the desired state. */
export interface Drift {
  vni: number | undefined;
  what: string;
}

export interface DriftSettings {
  meshIp: string;
  meshNetblocks?: readonly string[] | undefined;
  vxlanPort: number;
  mtu: number;
  stateDir: string;
  dhcpLeaseSeconds: number;
}

function tableDrifts(want: NftTable | undefined, have: ObservedTable | undefined): boolean {
  if (want === undefined) return have !== undefined;
  return have?.hash !== tableHash(want);
}

function meshDrift(spec: NetworkSpec, seen: ObservedNetwork, s: DriftSettings): string[] {
  const out: string[] = [];
  const { bridge, vxlan } = seen;
  if (bridge === undefined || bridge.kind !== 'bridge') out.push('bridge missing');
  else if (!bridge.up || bridge.mtu !== s.mtu) out.push('bridge down or wrong MTU');
  if (vxlan === undefined) return [...out, 'vxlan missing'];
  if (vxlan.vxlanId !== spec.vni || vxlan.learning !== 0 || vxlan.port !== s.vxlanPort || vxlan.local !== s.meshIp) out.push('vxlan misconfigured');
  if (bridge === undefined || vxlan.master !== bridge.index || !vxlan.up || vxlan.mtu !== s.mtu) out.push('vxlan not up on its bridge');
  const { add, remove } = diffPeers(wantedPeers(spec, s.meshIp), seen.fdb);
  if (add.length > 0) out.push(`fdb missing ${add.join(' ')}`);
  if (remove.length > 0) out.push(`fdb extra ${remove.join(' ')}`);
  return out;
}

/** Desired instance interfaces that exist but are not on the bridge (a missing one is the instance's business). */
function interfaceDrift(spec: NetworkSpec, seen: ObservedNetwork, present: ReadonlySet<string>): string[] {
  return (spec.interfaces ?? []).filter((name) => present.has(name) && !seen.attached.includes(name)).map((name) => `interface ${name} not on the bridge`);
}

function carrierDrift(spec: NetworkSpec, seen: ObservedNetwork, s: DriftSettings): string[] {
  const carrier = spec.carrier;
  if (carrier === undefined) {
    return seen.netns || seen.dnsmasq !== undefined || seen.gatewayVeth !== undefined ? ['carrier leftovers on a non-carrier node'] : [];
  }
  if (!seen.netns) return ['namespace missing'];
  const out: string[] = [];
  const gw = seen.gatewayVeth;
  if (gw === undefined || seen.bridge === undefined || gw.master !== seen.bridge.index || !gw.up) out.push('gateway veth missing or off the bridge');
  const inside = seen.interior;
  const { prefix } = parseCidr(carrier.netblock);
  if (inside === undefined || !inside.gatewayUp || !inside.gatewayAddresses.includes(`${gatewayOf(carrier)}/${prefix}`)) out.push('gateway address missing');
  else if (inside.gatewayAddresses.length > 1) out.push('extra gateway addresses');
  const nat = carrier.nat;
  if (nat === undefined) {
    if (seen.egressVeth !== undefined) out.push('egress veth without NAT');
  } else {
    if (seen.egressVeth === undefined) out.push('egress veth missing');
    else if (!seen.egressVethAddresses.includes(`${EGRESS_LINK_ADDRESS}/32`)) out.push('egress link address missing');
    const routes = [...new Set([nat.egressAddress, ...nat.floating.map((f) => f.address)])].sort();
    if (routes.join(' ') !== seen.egressRoutes.join(' ')) out.push('egress routes differ');
    if (inside === undefined || !inside.egressAddresses.includes(`${nat.egressAddress}/32`) || !inside.defaultRoute || !inside.forwarding) {
      out.push('namespace egress not configured');
    } else if (inside.egressAddresses.length > 1) out.push('extra egress addresses');
  }
  if (tableDrifts(natTable(spec), seen.natTable)) out.push('nat table differs');
  if (carrier.dhcp === false) {
    if (seen.dnsmasq !== undefined) out.push('dnsmasq running without DHCP');
    return out;
  }
  const paths = dnsmasqPaths(s.stateDir, spec.vni);
  const config = renderConfig(carrier, { paths, gateway: gatewayOf(carrier), mtu: s.mtu, leaseSeconds: s.dhcpLeaseSeconds });
  if (seen.dnsmasq === undefined) out.push('dnsmasq not running');
  else if (!seen.dnsmasq.inNetworkNamespace) out.push('dnsmasq outside the namespace');
  else if (seen.dnsmasq.configFile !== config) out.push('dnsmasq configuration differs');
  else if (seen.dnsmasq.hostsFile !== renderHosts(carrier)) out.push('dnsmasq hosts differ');
  else if (!seen.dnsmasq.hostsLoaded) out.push('dnsmasq hosts not loaded');
  return out;
}

/**
 * What reconcile(desired) would have to change, from a snapshot alone: the
 * maintain loop uses it to find drift without touching the node.
 */
export function diffSnapshot(desired: readonly NetworkSpec[], snapshot: DataplaneSnapshot, s: DriftSettings): Drift[] {
  const drifts: Drift[] = [];
  const seenByVni = new Map(snapshot.networks.map((n) => [n.vni, n]));
  const present = new Set(snapshot.instanceInterfaces);
  for (const spec of desired) {
    const seen = seenByVni.get(spec.vni);
    if (seen === undefined) {
      drifts.push({ vni: spec.vni, what: 'network missing' });
      continue;
    }
    for (const what of [...meshDrift(spec, seen, s), ...interfaceDrift(spec, seen, present), ...carrierDrift(spec, seen, s)]) drifts.push({ vni: spec.vni, what });
  }
  const wanted = new Set(desired.map((d) => d.vni));
  for (const seen of snapshot.networks) if (!wanted.has(seen.vni)) drifts.push({ vni: seen.vni, what: 'network not desired' });
  if (desired.length === 0 ? snapshot.nodeTable !== undefined : tableDrifts(nodeTable(desired, s.meshIp, s.meshNetblocks), snapshot.nodeTable)) {
    drifts.push({ vni: undefined, what: 'node table differs' });
  }
  if (desired.some((d) => d.carrier?.nat !== undefined) && !snapshot.nodeForwarding) drifts.push({ vni: undefined, what: 'forwarding off' });
  return drifts;
}
