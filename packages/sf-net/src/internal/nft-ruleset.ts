import { createHash } from 'node:crypto';
import type { NetworkSpec } from '../types.js';
import { parseCidr } from './addr.js';
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
  hook?: { type: 'filter' | 'nat'; hook: 'prerouting' | 'postrouting' | 'forward'; prio: number };
}

export interface NftSet {
  name: string;
  type: 'ipv4_addr' | 'ifname' | ['ifname', 'ipv4_addr'];
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
/** A chain nothing jumps to; its one rule's comment records which ruleset is loaded. */
export const GENERATION_CHAIN = 'generation';
export const GENERATION_PREFIX = 'sf-net ruleset ';

const meta = (key: string): NftExpr => ({ meta: { key } });
const ipField = (field: 'saddr' | 'daddr'): NftExpr => ({ payload: { protocol: 'ip', field } });
const match = (left: NftExpr, right: unknown, op: '==' | '!=' = '=='): NftExpr => ({ match: { op, left, right } });
const prefix = (cidr: string): NftExpr => {
  const { network, prefix: len } = parseCidr(cidr);
  return { prefix: { addr: network, len } };
};

/** Rules that the kernel lists back, so observe can compare counts. */
export function ruleCount(table: NftTable): number {
  return table.rules.length + 1;
}

export function tableHash(table: NftTable): string {
  return createHash('sha256').update(JSON.stringify(table)).digest('hex').slice(0, 16);
}

/**
 * One transaction that replaces the table whole; the kernel applies all of it
 * or none. A table that does not exist yet is simply added. One whose chains
 * and sets already have the wanted names is flushed (rules, then each set's
 * elements) and refilled, keeping its hooks. Anything else is deleted and rebuilt, which
 * costs an RCU grace period for the hooks (~15 ms under load, per table).
 */
export function replaceTableCommands(table: NftTable, current?: { chains: string[]; sets: string[] }): { nftables: NftCommand[] } {
  const id = { family: table.family, name: table.name };
  const where = { family: table.family, table: table.name };
  const chains = [...table.chains, { name: GENERATION_CHAIN }];
  const sameShape =
    current !== undefined &&
    current.chains.join(' ') === chains.map((c) => c.name).sort().join(' ') &&
    current.sets.join(' ') === table.sets.map((t) => t.name).sort().join(' ');
  const commands: NftCommand[] = [{ add: { table: id } }];
  if (sameShape) {
    // `flush table` empties chains but leaves set elements, so each set is flushed too.
    commands.push({ flush: { table: id } });
    for (const set of table.sets) commands.push({ flush: { set: { ...where, name: set.name } } });
  }
  else if (current !== undefined) commands.push({ delete: { table: id } }, { add: { table: id } });
  for (const set of table.sets) {
    commands.push({
      add: {
        set: {
          ...where,
          name: set.name,
          type: set.type,
          ...(set.interval ? { flags: ['interval'], 'auto-merge': true } : {}),
          ...(set.elements.length > 0 ? { elem: set.elements } : {}),
        },
      },
    });
  }
  for (const chain of chains) {
    const hook = chain.hook === undefined ? {} : { type: chain.hook.type, hook: chain.hook.hook, prio: chain.hook.prio, policy: 'accept' };
    commands.push({ add: { chain: { ...where, name: chain.name, ...hook } } });
  }
  for (const rule of table.rules) commands.push({ add: { rule: { ...where, chain: rule.chain, expr: rule.expr } } });
  commands.push({
    add: { rule: { ...where, chain: GENERATION_CHAIN, comment: `${GENERATION_PREFIX}${tableHash(table)}`, expr: [{ accept: null }] } },
  });
  return { nftables: commands };
}

export function deleteTableCommands(family: NftFamily, name: string): { nftables: NftCommand[] } {
  const id = { family, name };
  return { nftables: [{ add: { table: id } }, { delete: { table: id } }] };
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

/**
 * The node's table: traffic leaving any network namespace may not reach any
 * virtual netblock (isolation between networks), and each namespace may only
 * send from its own public addresses (no un-NATed private traffic, no
 * spoofing). Per-network data lives in sets, so the table stays three rules
 * however many networks the node carries. Anti-spoofing covers only the
 * networks in `specs`: a daemon that restarts and ensures one network before
 * reconciling all must not cut the others off.
 */
export function nodeTable(specs: readonly NetworkSpec[]): NftTable {
  const netblocks = [...new Set(specs.flatMap((s) => (s.carrier === undefined ? [] : [s.carrier.netblock])))].sort();
  const sources: NftExpr[] = [];
  const interfaces: string[] = [];
  for (const spec of [...specs].sort((a, b) => a.vni - b.vni)) {
    const nat = spec.carrier?.nat;
    if (nat === undefined) continue;
    interfaces.push(egressVethName(spec.vni));
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
      { name: 'egress_interfaces', type: 'ifname', interval: false, elements: interfaces },
      { name: 'egress_sources', type: ['ifname', 'ipv4_addr'], interval: false, elements: sources },
    ],
    chains: [{ name: 'forward', hook: { type: 'filter', hook: 'forward', prio: 0 } }],
    rules: [
      { chain: 'forward', expr: [fromNetwork, match(ipField('daddr'), '@virtual_netblocks'), { drop: null }] },
      { chain: 'forward', expr: [match(meta('oifname'), 'egr-*'), match(ipField('saddr'), '@virtual_netblocks'), { drop: null }] },
      {
        chain: 'forward',
        expr: [match(meta('iifname'), '@egress_interfaces'), match({ concat: [meta('iifname'), ipField('saddr')] }, '@egress_sources', '!='), { drop: null }],
      },
    ],
  };
}
