import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { MariadbConfig } from '@sf/common';
import { testServerConfig } from './test-database.js';
import { freePort } from '@sf/tools/ports';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../../../../scripts/private-mariadb.sh', import.meta.url));

export interface PrivateMariadb {
  /** Settings of the private server (database "unused": pass it to createTestDatabase). */
  server: MariadbConfig;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its folder. */
  destroy(): Promise<void>;
}

/** A MariaDB server of the test's own (scripts/private-mariadb.sh), e.g. with another isolation level. */
export async function startPrivateMariadb(extraArgs: readonly string[] = []): Promise<PrivateMariadb> {
  const dir = mkdtempSync(join(tmpdir(), 'sft-mariadb-'));
  const port = await freePort();
  const start = async (): Promise<void> => {
    await run('bash', [script, 'start', dir, String(port), ...extraArgs]);
  };
  const stop = async (): Promise<void> => {
    await run('bash', [script, 'stop', dir]);
  };
  try {
    await start();
  } catch (err) {
    await stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    server: testServerConfig({ host: '127.0.0.1', port, user: 'root', password: '' }),
    start,
    stop,
    destroy: async () => {
      await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
