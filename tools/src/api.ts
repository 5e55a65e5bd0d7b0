import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './ports.js';
import type { Tier } from './tier.js';

/** sf-api is another program to its users: its binary is run, its code never imported. */
export const SF_API_BIN = fileURLToPath(new URL('../../../packages/sf-api/bin/sf-api.js', import.meta.url));

export interface ApiProcess {
  child: ChildProcess;
  base: string;
  metrics: string;
  exited: Promise<number | null>;
  stderr: () => string;
  kill(): void;
}

export interface ApiOptions {
  /** api.auth_secret: the tokens a test signs or asks for must verify with it. */
  authSecret: string;
  /** More SHAKENFIST_* settings, over the ones given here. */
  env?: Record<string, string>;
}

/**
 * The real sf-api bin serving `tier`, configured like a deployment through
 * SHAKENFIST_* variables, on loopback ports; resolved once /readyz answers
 * 200 (its first check of the tier passed).
 */
export async function spawnApi(tier: Tier, options: ApiOptions): Promise<ApiProcess> {
  const port = await freePort();
  const metricsPort = await freePort();
  const child = spawn(process.execPath, [SF_API_BIN, 'serve'], {
    env: {
      ...tier.env,
      SHAKENFIST_MARIADB_GATEWAY_HOSTS: tier.addresses.join(','),
      SHAKENFIST_API_LISTEN_ADDRESS: '127.0.0.1',
      SHAKENFIST_API_PORT: String(port),
      SHAKENFIST_API_METRICS_PORT: String(metricsPort),
      SHAKENFIST_API_AUTH_SECRET: options.authSecret,
      SHAKENFIST_LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    const ready = await fetch(`${base}/readyz`).then((r) => r.status === 200, () => false);
    if (ready) break;
    if (child.exitCode !== null || i > 200) {
      child.kill('SIGKILL');
      throw new Error(`sf-api did not become ready: ${err}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, base, metrics: `http://127.0.0.1:${metricsPort}`, exited, stderr: () => err, kill: () => child.kill('SIGKILL') };
}
