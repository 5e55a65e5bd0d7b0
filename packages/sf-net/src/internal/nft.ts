import { NftError } from '../errors.js';
import type { ObservedTable } from '../types.js';
import { observedTable, replacementFor, type ListedObject } from './nft-content.js';
import { deleteTableCommands, replaceTableCommands, type NftFamily, type NftTable } from './nft-ruleset.js';
import type { CommandRunner } from './runner.js';

/** `nft` in a named namespace (the runner starts it there), or in our own. */
const inNamespace = (namespace: string | undefined): { netns?: string } => (namespace === undefined ? {} : { netns: namespace });

/**
 * nft runs for the dataplane, each transaction a JSON ruleset read by
 * `nft -j -f -` from the in-memory file the runner gives it as stdin: no
 * file is written, so none is left behind by a process killed mid-run.
 */
export class Nft {
  constructor(private readonly runner: CommandRunner) {}

  private async run(namespace: string | undefined, operation: string, table: string, input: unknown): Promise<void> {
    try {
      const result = await this.runner.run('nft', ['-j', '-f', '-'], { ...inNamespace(namespace), input: JSON.stringify(input) });
      if (result.exitCode !== 0) throw new NftError(operation, table, namespace, new Error(result.error ?? `exit ${result.exitCode}`), result.stderr);
    } catch (err) {
      throw err instanceof NftError ? err : new NftError(operation, table, namespace, err);
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
    const result = await this.runner.run('nft', ['-j', 'list', 'table', family, name], inNamespace(namespace)).catch((err: unknown) => {
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
