import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NftError } from '../errors.js';
import type { ObservedTable } from '../types.js';
import { netnsPath } from './netns.js';
import type { CommandRunner } from './runner.js';
import { GENERATION_CHAIN, GENERATION_PREFIX, deleteTableCommands, replaceTableCommands, type NftFamily, type NftTable } from './nft-ruleset.js';

/** `nft` run in a named namespace through util-linux nsenter, or in our own. */
function nftCommand(namespace: string | undefined, args: string[]): [string, string[]] {
  return namespace === undefined ? ['nft', args] : ['nsenter', [`--net=${netnsPath(namespace)}`, 'nft', ...args]];
}

/**
 * `nft -f -` opens /dev/stdin, which fails on the socket Node gives a child as
 * stdin, so the transaction goes through a private file instead.
 */
async function runNft(runner: CommandRunner, namespace: string | undefined, operation: string, table: string, input: unknown): Promise<void> {
  const path = join(tmpdir(), `sf-net-nft-${process.pid}-${randomBytes(6).toString('hex')}.json`);
  try {
    writeFileSync(path, JSON.stringify(input), { mode: 0o600 });
    const [file, args] = nftCommand(namespace, ['-j', '-f', path]);
    const result = await runner.run(file, args);
    if (result.exitCode !== 0) throw new NftError(operation, table, namespace, new Error(result.error ?? `exit ${result.exitCode}`), result.stderr);
  } catch (err) {
    throw err instanceof NftError ? err : new NftError(operation, table, namespace, err);
  } finally {
    rmSync(path, { force: true });
  }
}

/** Replace `table` whole; `current` (what observe saw, undefined when absent) picks the cheapest atomic way. */
export function applyTable(runner: CommandRunner, namespace: string | undefined, table: NftTable, current: ObservedTable | undefined): Promise<void> {
  return runNft(runner, namespace, 'replace table', `${table.family} ${table.name}`, replaceTableCommands(table, current));
}

export function deleteTable(runner: CommandRunner, namespace: string | undefined, family: NftFamily, name: string): Promise<void> {
  return runNft(runner, namespace, 'delete table', `${family} ${name}`, deleteTableCommands(family, name));
}

interface ListedObject {
  rule?: { chain?: string; comment?: string };
  chain?: { name: string };
  set?: { name: string };
}

/** The generation and rule count of a table, or undefined when it does not exist. */
export async function observeTable(runner: CommandRunner, namespace: string | undefined, family: NftFamily, name: string): Promise<ObservedTable | undefined> {
  const [file, args] = nftCommand(namespace, ['-j', 'list', 'table', family, name]);
  const result = await runner.run(file, args).catch((err: unknown) => {
    throw new NftError('list table', `${family} ${name}`, namespace, err);
  });
  if (result.exitCode !== 0) {
    if (/No such file or directory/.test(result.stderr)) return undefined;
    throw new NftError('list table', `${family} ${name}`, namespace, new Error(result.error ?? `exit ${result.exitCode}`), result.stderr);
  }
  const listed = (JSON.parse(result.stdout) as { nftables: ListedObject[] }).nftables;
  const rules = listed.filter((o) => o.rule !== undefined);
  const generation = rules.find((o) => o.rule?.chain === GENERATION_CHAIN)?.rule?.comment;
  return {
    hash: generation?.startsWith(GENERATION_PREFIX) === true ? generation.slice(GENERATION_PREFIX.length) : undefined,
    rules: rules.length,
    chains: listed.flatMap((o) => (o.chain === undefined ? [] : [o.chain.name])).sort(),
    sets: listed.flatMap((o) => (o.set === undefined ? [] : [o.set.name])).sort(),
  };
}
