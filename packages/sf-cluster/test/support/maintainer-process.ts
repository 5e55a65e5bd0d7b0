import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '@sf/tools/ports';
import type { Tier } from '@sf/tools/tier';

const BIN = fileURLToPath(new URL('../../../bin/sf-cluster.js', import.meta.url));

/**
 * The least `cluster.abandoned_create_seconds` sf-cluster takes: long enough
 * that an object a test makes is never abandoned before the test makes it
 * look older.
 */
export const ABANDONED_AFTER = 30;

export interface MaintainerProcess {
  child: ChildProcess;
  /** The base URL of its metrics server. */
  metrics: string;
}

/**
 * The real sf-cluster bin on the test's tier, configured like a deployment
 * through SHAKENFIST_* variables, its passes and leases short enough for a
 * test, its metrics on a port of its own; `env` adds to them or overrides
 * them.
 */
export async function spawnMaintainer(tier: Tier, env: Record<string, string> = {}, stdio: 'ignore' | 'pipe' = 'ignore'): Promise<MaintainerProcess> {
  const metricsPort = env.SHAKENFIST_CLUSTER_METRICS_PORT ?? String(await freePort());
  const child = spawn(process.execPath, [BIN], {
    env: {
      ...tier.env,
      SHAKENFIST_MARIADB_GATEWAY_HOSTS: tier.addresses.join(','),
      SHAKENFIST_MARIADB_GATEWAY_DEADLINE_MS: '2000',
      SHAKENFIST_CLUSTER_TICK_SECONDS: '0.2',
      SHAKENFIST_CLUSTER_LOCK_LEASE_SECONDS: '3',
      SHAKENFIST_CLUSTER_REAP_INTERVAL_SECONDS: '0.5',
      SHAKENFIST_CLUSTER_RECLAIM_INTERVAL_SECONDS: '0.5',
      SHAKENFIST_CLUSTER_ABANDONED_CREATE_SECONDS: String(ABANDONED_AFTER),
      SHAKENFIST_CLUSTER_ABANDONED_INTERVAL_SECONDS: '0.3',
      SHAKENFIST_CLUSTER_METRICS_PORT: metricsPort,
      ...env,
    },
    stdio,
  });
  return { child, metrics: `http://127.0.0.1:${metricsPort}` };
}
