import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DatabaseClient } from '@sf/database-client';
import { freePort } from './ports.js';

const run = promisify(execFile);
/** The tier is another program to its users: its binary is run, its code never imported. */
const SF_DATABASE = fileURLToPath(new URL('../../../packages/sf-database/bin/sf-database.js', import.meta.url));

export interface Tier {
  client: DatabaseClient;
  /** The database settings every process of the test shares. */
  env: NodeJS.ProcessEnv;
  /** host:port of each sf-database process (for SHAKENFIST_MARIADB_GATEWAY_HOSTS). */
  addresses: string[];
  /**
   * Runs statements on the tier's database with the mariadb client, in UTC
   * as the tier's own sessions: for what a test does behind the tier's back
   * (moving a row's time back, reading rows no call lists). Answers the
   * rows, tab-separated and without headers.
   */
  sql(statements: string): Promise<string>;
  stop(): Promise<void>;
}

/** The mariadb client on the test server; the password goes by the environment (MYSQL_PWD), never on a command line. */
async function mariadb(env: NodeJS.ProcessEnv, args: string[]): Promise<string> {
  const server = ['--no-defaults', `-u${env.SHAKENFIST_MARIADB_USER ?? ''}`, `-h${env.SHAKENFIST_MARIADB_HOST ?? ''}`, `-P${env.SHAKENFIST_MARIADB_PORT ?? ''}`];
  return (await run('mariadb', [...server, ...args], { env: { ...env, MYSQL_PWD: env.SHAKENFIST_MARIADB_PASSWORD ?? '' } })).stdout;
}

/**
 * A migrated database of its own on the test MariaDB, and `count` real
 * sf-database processes serving it; stop() ends them and drops the database.
 */
export async function startTier(count = 1): Promise<Tier> {
  const dir = mkdtempSync(join(tmpdir(), 'sft-sched-'));
  const configFile = join(dir, 'config.json');
  writeFileSync(configFile, '{}');
  const database = `sft_sched_${process.pid}_${randomBytes(3).toString('hex')}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    SHAKENFIST_CONFIG_FILE: configFile,
    SHAKENFIST_MARIADB_HOST: process.env.SF_TEST_MARIADB_HOST ?? '127.0.0.1',
    SHAKENFIST_MARIADB_PORT: process.env.SF_TEST_MARIADB_PORT ?? '3306',
    SHAKENFIST_MARIADB_USER: process.env.SF_TEST_MARIADB_USER ?? 'root',
    SHAKENFIST_MARIADB_PASSWORD: process.env.SF_TEST_MARIADB_PASSWORD ?? '',
    SHAKENFIST_MARIADB_DATABASE: database,
    SHAKENFIST_MARIADB_POOL_SIZE: '32',
    SHAKENFIST_NODE_MESH_IP: '127.0.0.1',
    SHAKENFIST_LOG_LEVEL: 'warn',
  };
  const children: ChildProcess[] = [];
  const addresses: string[] = [];
  const cleanup = async (): Promise<void> => {
    // The processes must be gone before the drop, or their open transactions hold it up.
    await Promise.all(
      children.map((child) =>
        child.exitCode !== null || child.signalCode !== null ? undefined : new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill('SIGKILL');
        }),
      ),
    );
    await mariadb(env, ['-e', `DROP DATABASE IF EXISTS \`${database}\``]).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await run(process.execPath, [SF_DATABASE, 'migrate'], { env });
    for (let i = 0; i < count; i += 1) {
      const port = await freePort();
      const metrics = await freePort();
      const child = spawn(process.execPath, [SF_DATABASE, 'serve'], {
        env: { ...env, SHAKENFIST_MARIADB_GATEWAY_PORT: String(port), SHAKENFIST_MARIADB_GATEWAY_METRICS_PORT: String(metrics) },
        stdio: 'ignore',
      });
      children.push(child);
      addresses.push(`127.0.0.1:${port}`);
    }
    const client = new DatabaseClient({ hosts: addresses, port: 13005, deadlineMs: 10000 });
    for (let tries = 0; ; tries += 1) {
      const health = await client.health(1000);
      if (health.every((h) => h.status === 'SERVING')) break;
      if (tries > 100) throw new Error(`sf-database did not start: ${JSON.stringify(health)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return {
      client,
      env,
      addresses,
      sql: (statements) => mariadb(env, ['-N', '-B', '-r', database, '-e', `SET time_zone = '+00:00'; ${statements}`]),
      stop: async () => {
        client.close();
        await cleanup();
      },
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
