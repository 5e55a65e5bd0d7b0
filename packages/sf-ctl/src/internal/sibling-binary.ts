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
  if (result.failed && result.exitCode === undefined) {
    throw new Error(`cannot run ${binary}: ${result.shortMessage}`);
  }
  return result.exitCode ?? 1;
}
