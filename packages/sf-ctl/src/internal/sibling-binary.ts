import { constants } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

/**
 * Runs another sf-ts program (e.g. `sf-database`) found on PATH or in the
 * project's node_modules/.bin, passing this process's environment through so
 * the same SHAKENFIST_* configuration applies. Output goes straight to ours.
 */
export async function runSibling(binary: string, args: readonly string[]): Promise<number> {
  const result = await execa(binary, args, {
    preferLocal: true,
    localDir: dirname(fileURLToPath(import.meta.url)),
    stdio: 'inherit',
    reject: false,
  });
  // Killed mid-run, it may have done part of its work: say so, and end as a shell would (128 + signal).
  if (result.signal !== undefined) {
    process.stderr.write(`${binary} was killed by ${result.signal} before it finished; run the command again\n`);
    return 128 + (constants.signals[result.signal] ?? 0);
  }
  if (result.failed && result.exitCode === undefined) {
    throw new Error(`cannot run ${binary}: ${result.shortMessage}`);
  }
  return result.exitCode ?? 1;
}
