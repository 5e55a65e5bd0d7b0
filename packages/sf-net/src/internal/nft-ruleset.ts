import type { NetworkSpec } from '../types.js';
import { ipv4ToNumber, parseCidr } from './addr.js';
import { NETNS_EGRESS_IF, egressVethName } from './names.js';

/**
 * nftables rulesets as data (the `nft -j` schema). Nothing here glues strings
 * into nft syntax, so an address or a name can never change a rule's meaning.
 */
export type NftFamily = 'ip' | 'inet';
export type NftExpr = Record<string, unknown>;
export type NftCommand = Record<string, Record<string, Record<string, unknown>>>;

export interface NftRule {
  chain: string;
  expr: NftExpr[];
}

export interface NftChain {
  name: string;
  hook?: { type: 'filter' | 'nat'; hook: 'prerouting' | 'postrouting' | 'forward' | 'input'; prio: number };
}

export interface NftSet {
  name: string;
  type: 'ipv4_addr' | ['ifname', 'ipv4_addr'];
  interval: boolean;
  elements: NftExpr[] | string[];
}

export interface NftTable {
  family: NftFamily;
  name: string;
  sets: NftSet[];
  chains: NftChain[];
  rules: NftRule[];
}

/** The table sf-net owns in every namespace it touches. */
export const TABLE_NAME = 'sf-net';

const meta = (key: string): NftExpr => ({ meta: { key } });
const ipField = (field: 'saddr' | 'daddr'): NftExpr => ({ payload: { protocol: 'ip', field } });
const match = (left: NftExpr, right: unknown, op: '==' | '!=' | 'in' = '=='): NftExpr => ({ match: { op, left, right } });
const prefix = (cidr: string): NftExpr => {
  const { network, prefix: len } = parseCidr(cidr);
  return { prefix: { addr: network, len } };
};

export function ruleCount(table: NftTable): number {
  return table.rules.length;
}

/** How a table is replaced: added when absent, flushed and refilled when its shape allows, else deleted and rebuilt. */
export type Replacement = 'add' | 'flush' | 'rebuild';

/**
 * One transaction that replaces the table whole; the kernel applies all of it
 * or none. `flush` keeps the chains (and so their hooks, which cost an RCU
 * grace period, ~15 ms under load, to delete) and empties rules and each
 * set; it is only right when every chain and set already has the wanted
 * hook, priority, type and flags (see sameShape).
 */
export function replaceTableCommands(table: NftTable, how: Replacement): { nftables: NftCommand[] } {
  const id = { family: table.family, name: table.name };
  const where = { family: table.family, table: table.name };
  const commands: NftCommand[] = [{ add: { table: id } }];
  if (how === 'flush') {
    // `flush table` empties chains but leaves set elements, so each set is flushed too.
    commands.push({ flush: { table: id } });
    for (const set of table.sets) commands.push({ flush: { set: { ...where, name: set.name } } });
  } else if (how === 'rebuild') commands.push({ delete: { table: id } }, { add: { table: id } });
  for (const set of table.sets) {
    commands.push({
      add: {
        set: {
          ...where,
          name: set.name,
          type: set.type,
          ...(set.interval ? { flags: ['interval'] } : {}),
          ...(set.elements.length > 0 ? { elem: set.elements } : {}),
        },
      },
    });
  }
  for (const chain of table.chains) {
    const hook = chain.hook === undefined ? {} : { type: chain.hook.type, hook: chain.hook.hook, prio: chain.hook.prio, policy: 'accept' };
    commands.push({ add: { chain: { ...where, name: chain.name, ...hook } } });
  }
  for (const rule of table.rules) commands.push({ add: { rule: { ...where, chain: rule.chain, expr: rule.expr } } });
  return { nftables: commands };
}

export function deleteTableCommands(family: NftFamily, name: string): { nftables: NftCommand[] } {
  const id = { family, name };
  return { nftables: [{ add: { table: id } }, { delete: { table: id } }] };
}

/**
 * Netblocks as disjoint prefixes, each once. Two CIDR blocks either nest or
 * are apart, so dropping every block inside an earlier one leaves exactly
 * the union. The set is not auto-merged: nft would then list merged
 * intervals, and the table would no longer hash as it was built.
 */
export function disjointNetblocks(netblocks: readonly string[]): string[] {
  const blocks = netblocks
    .map((text) => parseCidr(text))
    .map((c) => ({ start: ipv4ToNumber(c.network), size: 2 ** (32 - c.prefix), text: `${c.network}/${c.prefix}` }))
    .sort((a, b) => a.start - b.start || b.size - a.size);
  const kept: typeof blocks = [];
  for (const block of blocks) {
    const last = kept.at(-1);
    if (last === undefined || block.start >= last.start + last.size) kept.push(block);
  }
  return kept.map((b) => b.text);
}

/**
 * The NAT table inside one network's namespace: floating addresses DNATed in
 * and SNATed out, everything else from the netblock masqueraded to the egress
 * address. Floating SNAT comes first so it wins over the masquerade.
 */
export function natTable(spec: NetworkSpec): NftTable | undefined {
  const carrier = spec.carrier;
  if (carrier?.nat === undefined) return undefined;
  const floating = [...carrier.nat.floating].sort((a, b) => a.address.localeCompare(b.address));
  const rules: NftRule[] = [];
  for (const f of floating) {
    rules.push({ chain: 'prerouting', expr: [match(meta('iifname'), NETNS_EGRESS_IF), match(ipField('daddr'), f.address), { dnat: { addr: f.target } }] });
  }
  for (const f of floating) {
    rules.push({ chain: 'postrouting', expr: [match(meta('oifname'), NETNS_EGRESS_IF), match(ipField('saddr'), f.target), { snat: { addr: f.address } }] });
  }
  rules.push({ chain: 'postrouting', expr: [match(meta('oifname'), NETNS_EGRESS_IF), match(ipField('saddr'), prefix(carrier.netblock)), { masquerade: null }] });
  return {
    family: 'ip',
    name: TABLE_NAME,
    sets: [],
    chains: [
      { name: 'prerouting', hook: { type: 'nat', hook: 'prerouting', prio: -100 } },
      { name: 'postrouting', hook: { type: 'nat', hook: 'postrouting', prio: 100 } },
    ],
    rules,
  };
}

/** Links by which tenant traffic reaches the node: the egress veths (after NAT), the bridges and the VXLAN devices. */
const TENANT_LINKS = ['egr-*', 'br-vxlan-*', 'vxlan-*'];

/**
 * The node's table. Traffic leaving any network namespace may not reach any
 * virtual netblock (isolation between networks), nor this node or any mesh
 * address (a tenant behind NAT would otherwise reach the node's services and
 * its VXLAN port, and a crafted VXLAN packet is unwrapped into whichever VNI
 * it names), and each namespace may only send from its own public addresses.
 * The node itself takes nothing from a tenant link but replies to what it
 * started. The anti-spoofing rule matches every `egr-*` link, so the egress
 * veth of a network created before this table is rewritten is dropped, not
 * trusted. Per-network data lives in sets, so the rules do not grow with
 * the networks. The Dataplane builds it only from the full desired state:
 * a network missing here loses its egress.
 */
export function nodeTable(specs: readonly NetworkSpec[], meshIp: string, meshNetblocks: readonly string[] = []): NftTable {
  const netblocks = disjointNetblocks(specs.flatMap((s) => (s.carrier === undefined ? [] : [s.carrier.netblock])));
  const mesh = [...new Set([meshIp, ...specs.flatMap((s) => s.peers)])].sort((a, b) => ipv4ToNumber(a) - ipv4ToNumber(b));
  const sources: NftExpr[] = [];
  for (const spec of [...specs].sort((a, b) => a.vni - b.vni)) {
    const nat = spec.carrier?.nat;
    if (nat === undefined) continue;
    for (const address of [...new Set([nat.egressAddress, ...nat.floating.map((f) => f.address)])].sort()) {
      sources.push({ concat: [egressVethName(spec.vni), address] });
    }
  }
  const fromNetwork = match(meta('iifname'), 'egr-*');
  return {
    family: 'inet',
    name: TABLE_NAME,
    sets: [
      { name: 'virtual_netblocks', type: 'ipv4_addr', interval: true, elements: netblocks.map(prefix) },
      { name: 'mesh_addresses', type: 'ipv4_addr', interval: false, elements: mesh },
      { name: 'mesh_netblocks', type: 'ipv4_addr', interval: true, elements: disjointNetblocks(meshNetblocks).map(prefix) },
      { name: 'egress_sources', type: ['ifname', 'ipv4_addr'], interval: false, elements: sources },
    ],
    chains: [
      { name: 'input', hook: { type: 'filter', hook: 'input', prio: 0 } },
      { name: 'forward', hook: { type: 'filter', hook: 'forward', prio: 0 } },
    ],
    rules: [
      { chain: 'input', expr: [match({ ct: { key: 'state' } }, ['established', 'related'], 'in'), { accept: null }] },
      ...TENANT_LINKS.map((link) => ({ chain: 'input', expr: [match(meta('iifname'), link), { drop: null }] })),
      { chain: 'forward', expr: [fromNetwork, match(ipField('daddr'), '@virtual_netblocks'), { drop: null }] },
      { chain: 'forward', expr: [match(meta('oifname'), 'egr-*'), match(ipField('saddr'), '@virtual_netblocks'), { drop: null }] },
      { chain: 'forward', expr: [fromNetwork, match({ fib: { result: 'type', flags: ['daddr'] } }, 'local'), { drop: null }] },
      { chain: 'forward', expr: [fromNetwork, match(ipField('daddr'), '@mesh_addresses'), { drop: null }] },
      { chain: 'forward', expr: [fromNetwork, match(ipField('daddr'), '@mesh_netblocks'), { drop: null }] },
      { chain: 'forward', expr: [fromNetwork, match({ concat: [meta('iifname'), ipField('saddr')] }, '@egress_sources', '!='), { drop: null }] },
    ],
  };
}
