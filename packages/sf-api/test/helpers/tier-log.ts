import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseClient } from '@sf/database-client';
import { freePort } from '@sf/tools/ports';
import type { Tier } from '@sf/tools/tier';

const SF_DATABASE = fileURLToPath(new URL('../../../../sf-database/bin/sf-database.js', import.meta.url));

export type LogLine = Record<string, unknown>;

export interface LoggedTier {
  /** The given tier's database, served only by this process: every call of its client is in the log below. */
  tier: Tier;
  /** The lines logged so far, parsed. */
  lines(): LogLine[];
  /** Waits until some line matches, and returns those that do. */
  waitFor(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine[]>;
  stop(): Promise<void>;
}

/**
 * One more sf-database process over the database of a tier (whose own
 * processes' output startTier discards), logging at debug so every call,
 * served or refused, is a line with its request_id.
 */
export async function loggedTier(base: Tier): Promise<LoggedTier> {
  const port = await freePort();
  const child = spawn(process.execPath, [SF_DATABASE, 'serve'], {
    env: { ...base.env, SHAKENFIST_MARIADB_GATEWAY_PORT: String(port), SHAKENFIST_MARIADB_GATEWAY_METRICS_PORT: String(await freePort()), SHAKENFIST_LOG_LEVEL: 'debug' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const parsed: LogLine[] = [];
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const text = partial + chunk.toString('utf8');
    const complete = text.split('\n');
    partial = complete.pop() ?? '';
    for (const line of complete) {
      try {
        parsed.push(JSON.parse(line) as LogLine);
      } catch {
        parsed.push({ msg: line });
      }
    }
  });
  const address = `127.0.0.1:${port}`;
  const client = new DatabaseClient({ hosts: [address], port, deadlineMs: 10000 });
  const stop = async (): Promise<void> => {
    client.close();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  for (let tries = 0; ; tries += 1) {
    const [health] = await client.health(1000);
    if (health?.status === 'SERVING') break;
    if (tries > 100 || child.exitCode !== null) {
      await stop();
      throw new Error(`sf-database did not start: ${JSON.stringify(health)} ${parsed.map((l) => JSON.stringify(l)).join('\n')}`);
    }
    await sleep(100);
  }
  return {
    tier: { client, env: base.env, addresses: [address], sql: base.sql, stop },
    lines: () => [...parsed],
    waitFor: async (match, timeoutMs = 5000) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = parsed.filter(match);
        if (found.length > 0 || Date.now() > until) return found;
        await sleep(20);
      }
    },
    stop,
  };
}
