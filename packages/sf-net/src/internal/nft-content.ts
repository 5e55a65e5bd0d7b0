import { createHash } from 'node:crypto';
import type { ObservedChain, ObservedSet, ObservedTable } from '../types.js';
import type { NftTable, Replacement } from './nft-ruleset.js';

/**
 * What decides how a table behaves, in one form for the table sf-net builds
 * and the table `nft -j list` shows: every set's type, flags and elements,
 * every chain's hook, priority and policy, every rule in its chain's order.
 * Handles and the order nft lists set elements in are left out; anything
 * else differs when the kernel's table does, so a deleted set element or
 * a swapped rule is drift.
 */
interface TableContent {
  sets: Array<ObservedSet & { elements: unknown[] }>;
  chains: ObservedChain[];
  rules: Array<{ chain: string; expr: unknown; comment?: string }>;
}

/** Object keys sorted at every level, so equal content is equal text whatever order nft printed the keys in. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, stable(record[key])]),
  );
}

const text = (value: unknown): string => JSON.stringify(stable(value));

/** Each element's text made once, not at every comparison: a node table's sets hold an element or two per network. */
const sortedElements = (elements: readonly unknown[]): unknown[] =>
  elements
    .map((element) => ({ key: text(element), element }))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map(({ element }) => element);

function normalised(content: TableContent): TableContent {
  return {
    sets: [...content.sets].sort((a, b) => a.name.localeCompare(b.name)),
    chains: [...content.chains].sort((a, b) => a.name.localeCompare(b.name)),
    // A stable sort: rules keep their order within a chain, which is what decides their effect.
    rules: [...content.rules].sort((a, b) => a.chain.localeCompare(b.chain)),
  };
}

function contentOfTable(table: NftTable): TableContent {
  return normalised({
    sets: table.sets.map((s) => ({ name: s.name, type: s.type, flags: s.interval ? ['interval'] : [], elements: sortedElements(s.elements) })),
    chains: table.chains.map((c) =>
      c.hook === undefined ? { name: c.name } : { name: c.name, type: c.hook.type, hook: c.hook.hook, prio: c.hook.prio, policy: 'accept' },
    ),
    rules: table.rules.map((r) => ({ chain: r.chain, expr: r.expr })),
  });
}

interface ListedSet {
  name: string;
  type: string | string[];
  flags?: string | string[];
  elem?: unknown[];
}

interface ListedChain {
  name: string;
  type?: string;
  hook?: string;
  prio?: number;
  policy?: string;
}

interface ListedRule {
  chain: string;
  expr: unknown;
  comment?: string;
}

/** One object of `nft -j list table`; the metainfo and the table itself carry nothing compared. */
export interface ListedObject {
  set?: ListedSet;
  chain?: ListedChain;
  rule?: ListedRule;
}

const flagList = (flags: string | string[] | undefined): string[] => (flags === undefined ? [] : typeof flags === 'string' ? [flags] : [...flags].sort());

function contentOfListing(listed: readonly ListedObject[]): TableContent {
  const content: TableContent = { sets: [], chains: [], rules: [] };
  for (const { set, chain, rule } of listed) {
    if (set !== undefined) content.sets.push({ name: set.name, type: set.type, flags: flagList(set.flags), elements: sortedElements(set.elem ?? []) });
    if (chain !== undefined) {
      const { name, type, hook, prio, policy } = chain;
      content.chains.push(hook === undefined ? { name } : { name, type, hook, prio, policy });
    }
    if (rule !== undefined) content.rules.push({ chain: rule.chain, expr: rule.expr, ...(rule.comment === undefined ? {} : { comment: rule.comment }) });
  }
  return normalised(content);
}

const hash = (content: TableContent): string => createHash('sha256').update(text(content)).digest('hex').slice(0, 16);

/** The hash a table has once applied: what observeTable reports for it while nobody has changed it. */
export function tableHash(table: NftTable): string {
  return hash(contentOfTable(table));
}

/** A listed table as observed: the hash of its content, and the shape that decides how it can be replaced. */
export function observedTable(listed: readonly ListedObject[]): ObservedTable {
  const content = contentOfListing(listed);
  return { hash: hash(content), rules: content.rules.length, chains: content.chains, sets: content.sets.map(({ name, type, flags }) => ({ name, type, flags })) };
}

/**
 * Whether `table` can replace `current` by flushing: flushing keeps chains
 * and sets as they are, so every one must already have the wanted hook,
 * priority, policy, type and flags, and no other may exist.
 */
export function replacementFor(table: NftTable, current: ObservedTable | undefined): Replacement {
  if (current === undefined) return 'add';
  const wanted = contentOfTable(table);
  const sameChains = text(wanted.chains) === text(current.chains);
  const sameSets = text(wanted.sets.map(({ name, type, flags }) => ({ name, type, flags }))) === text(current.sets);
  return sameChains && sameSets ? 'flush' : 'rebuild';
}
