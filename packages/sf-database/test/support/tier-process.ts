import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MariadbConfig } from '@sf/common';
import { DatabaseClient } from '@sf/database-client';
import { freePort } from '@sf/tools/ports';

const BIN = fileURLToPath(new URL('../../../bin/sf-database.js', import.meta.url));

/** The SHAKENFIST_* environment of a spawned process; an empty config file keeps /etc/sf/config.json out of it. */
export function tierEnv(db: MariadbConfig, configFile: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    SHAKENFIST_CONFIG_FILE: configFile,
    SHAKENFIST_MARIADB_HOST: db.host,
    SHAKENFIST_MARIADB_PORT: String(db.port),
    SHAKENFIST_MARIADB_SOCKET: db.socket,
    SHAKENFIST_MARIADB_USER: db.user,
    SHAKENFIST_MARIADB_PASSWORD: db.password,
    SHAKENFIST_MARIADB_DATABASE: db.database,
    SHAKENFIST_NODE_MESH_IP: '127.0.0.1',
    SHAKENFIST_LOG_LEVEL: 'warn',
    ...extra,
  };
  return env;
}

export interface TierProcess {
  child: ChildProcess;
  port: number;
  metricsPort: number;
  address: string;
  stderr(): string;
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL if it lingers. */
  stop(): Promise<void>;
}

const scratch = mkdtempSync(join(tmpdir(), 'sf-tier-'));
const EMPTY_CONFIG = join(scratch, 'config.json');
writeFileSync(EMPTY_CONFIG, '{}');
/** Every server this process spawned; none may outlive it, even when a test fails half way or mocha exits early. */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

/** Spawns `sf-database serve` as a real process; resolves once it answers SERVING, rejects if it exits first. */
export async function startTier(db: MariadbConfig, timeoutMs = 20_000, extraEnv: Record<string, string> = {}): Promise<TierProcess> {
  const port = await freePort();
  const metricsPort = await freePort();
  const env = tierEnv(db, EMPTY_CONFIG, {
    SHAKENFIST_MARIADB_GATEWAY_PORT: String(port),
    SHAKENFIST_MARIADB_GATEWAY_METRICS_PORT: String(metricsPort),
    ...extraEnv,
  });
  const child = spawn(process.execPath, [BIN, 'serve'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const tier: TierProcess = {
    child,
    port,
    metricsPort,
    address: `127.0.0.1:${port}`,
    stderr: () => stderr,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
  const probe = new DatabaseClient({ hosts: [tier.address], port, deadlineMs: 1000 });
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`sf-database exited with ${child.exitCode}: ${stderr}`);
      const [health] = await probe.health(500);
      if (health?.status === 'SERVING') return tier;
      if (Date.now() > deadline) throw new Error(`sf-database did not become SERVING: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  } finally {
    probe.close();
  }
}

export function clientFor(tiers: readonly TierProcess[], deadlineMs = 5000): DatabaseClient {
  return new DatabaseClient({ hosts: tiers.map((t) => t.address), port: 13005, deadlineMs, probeIntervalMs: 250 });
}

/** Runs `sf-database <args>` to completion, for the refusal tests. */
export function runCli(db: MariadbConfig, args: string[], extra: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: tierEnv(db, EMPTY_CONFIG, extra), stdio: ['ignore', 'ignore', 'pipe'] });
    children.add(child);
    child.once('exit', () => children.delete(child));
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}
