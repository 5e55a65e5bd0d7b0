import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NftError } from '../errors.js';
import type { ObservedTable } from '../types.js';
import { netnsPath } from './netns.js';
import { observedTable, replacementFor, type ListedObject } from './nft-content.js';
import { deleteTableCommands, replaceTableCommands, type NftFamily, type NftTable } from './nft-ruleset.js';
import type { CommandRunner } from './runner.js';

const SCRATCH_FILE = /^sf-net-nft-(\d+)-[0-9a-f]+\.json$/;

/** `nft` run in a named namespace through util-linux nsenter, or in our own. */
function nftCommand(namespace: string | undefined, args: string[]): [string, string[]] {
  return namespace === undefined ? ['nft', args] : ['nsenter', [`--net=${netnsPath(namespace)}`, 'nft', ...args]];
}

/**
 * nft runs for the dataplane. `nft -f -` opens /dev/stdin, which fails on the
 * socket Node gives a child as stdin, so each transaction goes through a
 * private file in `scratchDir` (under the state dir, not /tmp: a process
 * killed mid-run leaves its file where the next Dataplane sweeps it).
 */
export class Nft {
  constructor(
    private readonly runner: CommandRunner,
    private readonly scratchDir: string,
  ) {}

  /** Removes files left by processes that are gone; a live process's file may be in use. */
  sweep(): void {
    if (!existsSync(this.scratchDir)) return;
    for (const entry of readdirSync(this.scratchDir)) {
      const pid = SCRATCH_FILE.exec(entry)?.[1];
      if (pid !== undefined && !existsSync(`/proc/${pid}`)) rmSync(join(this.scratchDir, entry), { force: true });
    }
  }

  private async run(namespace: string | undefined, operation: string, table: string, input: unknown): Promise<void> {
    const path = join(this.scratchDir, `sf-net-nft-${process.pid}-${randomBytes(6).toString('hex')}.json`);
    try {
      // Traversable like the rest of the state dir (dnsmasq reads its files as nobody); each file is private.
      mkdirSync(this.scratchDir, { recursive: true, mode: 0o755 });
      writeFileSync(path, JSON.stringify(input), { mode: 0o600 });
      const [file, args] = nftCommand(namespace, ['-j', '-f', path]);
      const result = await this.runner.run(file, args);
      if (result.exitCode !== 0) throw new NftError(operation, table, namespace, new Error(result.error ?? `exit ${result.exitCode}`), result.stderr);
    } catch (err) {
      throw err instanceof NftError ? err : new NftError(operation, table, namespace, err);
    } finally {
      rmSync(path, { force: true });
    }
  }

  /**
   * Replace `table` whole; `current` (what observe saw, undefined when absent)
   * picks the cheapest atomic way. A flush that nft refuses (a chain or set
   * changed under us since observe) is retried as delete-and-add.
   */
  async apply(namespace: string | undefined, table: NftTable, current: ObservedTable | undefined): Promise<void> {
    const name = `${table.family} ${table.name}`;
    const how = replacementFor(table, current);
    try {
      await this.run(namespace, 'replace table', name, replaceTableCommands(table, how));
    } catch (err) {
      if (how !== 'flush') throw err;
      await this.run(namespace, 'rebuild table', name, replaceTableCommands(table, 'rebuild'));
    }
  }

  delete(namespace: string | undefined, family: NftFamily, name: string): Promise<void> {
    return this.run(namespace, 'delete table', `${family} ${name}`, deleteTableCommands(family, name));
  }

  /** The table's content hash and shape, or undefined when it does not exist. */
  async observe(namespace: string | undefined, family: NftFamily, name: string): Promise<ObservedTable | undefined> {
    const table = `${family} ${name}`;
    const [file, args] = nftCommand(namespace, ['-j', 'list', 'table', family, name]);
    const result = await this.runner.run(file, args).catch((err: unknown) => {
      throw new NftError('list table', table, namespace, err);
    });
    if (result.exitCode !== 0) {
      if (/No such file or directory/.test(result.stderr)) return undefined;
      throw new NftError('list table', table, namespace, new Error(result.error ?? `exit ${result.exitCode}`), result.stderr);
    }
    let listed: unknown;
    try {
      listed = (JSON.parse(result.stdout) as { nftables?: unknown }).nftables;
    } catch (err) {
      throw new NftError('list table', table, namespace, err);
    }
    if (!Array.isArray(listed)) throw new NftError('list table', table, namespace, new Error('the listing holds no nftables array'));
    return observedTable(listed as ListedObject[]);
  }
}
