import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Tier } from '@sf/tools/tier';
import { call } from './http.js';
import { SECRET } from './stack.js';
import { freePort } from '@sf/tools/ports';

const BIN = fileURLToPath(new URL('../../../bin/sf-api.js', import.meta.url));

export interface ApiProcess {
  child: ChildProcess;
  base: string;
  metrics: string;
  exited: Promise<number | null>;
  stderr: () => string;
  kill(): void;
}

/** The real bin, configured like a deployment through SHAKENFIST_* variables, on loopback ports. */
export async function spawnApi(tier: Tier, extraEnv: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const metricsPort = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      ...tier.env,
      SHAKENFIST_MARIADB_GATEWAY_HOSTS: tier.addresses.join(','),
      SHAKENFIST_API_LISTEN_ADDRESS: '127.0.0.1',
      SHAKENFIST_API_PORT: String(port),
      SHAKENFIST_API_METRICS_PORT: String(metricsPort),
      SHAKENFIST_API_AUTH_SECRET: SECRET,
      SHAKENFIST_LOG_LEVEL: 'warn',
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    const ready = await call(base, 'GET', '/readyz').catch(() => undefined);
    if (ready?.status === 200) break;
    if (child.exitCode !== null || i > 200) {
      child.kill('SIGKILL');
      throw new Error(`sf-api did not become ready: ${err}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, base, metrics: `http://127.0.0.1:${metricsPort}`, exited, stderr: () => err, kill: () => child.kill('SIGKILL') };
}
