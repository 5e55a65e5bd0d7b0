import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '@sf/common';
import { checkClusterConfig } from '../../src/config-check.js';

describe('sf-cluster configuration', () => {
  let dir: string;
  const config = (env: Record<string, string>) => {
    const file = join(dir, 'config.json');
    writeFileSync(file, '{}');
    return loadConfig({ file, env });
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sf-cluster-config-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a lease shorter than three ticks and a tier call, naming both keys', () => {
    const short = { SHAKENFIST_CLUSTER_LOCK_LEASE_SECONDS: '10', SHAKENFIST_CLUSTER_TICK_SECONDS: '3', SHAKENFIST_MARIADB_GATEWAY_DEADLINE_MS: '5000' };
    assert.throws(() => checkClusterConfig(config(short)), (err: unknown) =>
      err instanceof ConfigError &&
      /cluster\.lock_lease_seconds \(SHAKENFIST_CLUSTER_LOCK_LEASE_SECONDS\): 10/.test(err.message) &&
      /cluster\.tick_seconds \(SHAKENFIST_CLUSTER_TICK_SECONDS\) 3/.test(err.message) &&
      /at least .* = 14 s/.test(err.message));
    checkClusterConfig(config({ ...short, SHAKENFIST_CLUSTER_LOCK_LEASE_SECONDS: '14' }));
    checkClusterConfig(config({}));
  });

  it('refuses a lease under 3 s and an abandon age under 30 s in the schema', () => {
    assert.throws(() => config({ SHAKENFIST_CLUSTER_LOCK_LEASE_SECONDS: '2' }), /cluster\.lock_lease_seconds/);
    assert.throws(() => config({ SHAKENFIST_CLUSTER_ABANDONED_CREATE_SECONDS: '29' }), /cluster\.abandoned_create_seconds/);
    assert.equal(config({ SHAKENFIST_CLUSTER_ABANDONED_CREATE_SECONDS: '30' }).cluster.abandoned_create_seconds, 30);
  });

  it('serves metrics on 13002 unless told otherwise, a port in 1..65535', () => {
    assert.equal(config({}).cluster.metrics_port, 13002);
    assert.equal(config({ SHAKENFIST_CLUSTER_METRICS_PORT: '14002' }).cluster.metrics_port, 14002);
    for (const port of ['0', '65536', '1.5']) assert.throws(() => config({ SHAKENFIST_CLUSTER_METRICS_PORT: port }), /cluster\.metrics_port/, port);
  });
});
