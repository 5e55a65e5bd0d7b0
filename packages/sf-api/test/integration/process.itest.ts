import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { startTier, type Tier } from '@sf/tools/tier';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { call } from '../helpers/http.js';
import { spawnApi, type ApiProcess } from '../helpers/process.js';
import { hashKey } from '../../src/internal/keys.js';
import { SYSTEM_KEY } from '../helpers/stack.js';

const BIN = fileURLToPath(new URL('../../../bin/sf-api.js', import.meta.url));

async function login(base: string): Promise<string> {
  const r = await call(base, 'POST', '/auth', { body: { namespace: 'system', key: SYSTEM_KEY } });
  return (r.json as { access_token: string }).access_token;
}

describe('sf-api processes: drain on SIGTERM, idempotency across instances, metrics (real bin, real tier)', function () {
  this.timeout(120000);
  let tier: Tier;
  const spawned: ApiProcess[] = [];

  before(async () => {
    tier = await startTier(2);
    await tier.client.namespaces.create('system');
    await tier.client.namespaces.setKey('system', 'admin', await hashKey(SYSTEM_KEY));
  });
  after(async () => {
    for (const p of spawned) p.kill();
    await tier?.stop();
  });

  it('applies a keyed POST once across two sf-api processes, replaying the first reply', async () => {
    // Each started process is registered for the after hook, even when the other failed to start.
    const started = await Promise.allSettled([spawnApi(tier), spawnApi(tier)]);
    for (const s of started) if (s.status === 'fulfilled') spawned.push(s.value);
    const [a, b] = started.map((s) => {
      if (s.status === 'rejected') throw s.reason;
      return s.value;
    });
    const tokenA = await login(a?.base ?? '');
    const tokenB = await login(b?.base ?? '');
    const body = { netblock: '10.7.0.0/24', name: 'idem' };
    const headers = { 'idempotency-key': 'create-idem-1' };
    const [first, raced] = await Promise.all([
      call(a?.base ?? '', 'POST', '/networks', { token: tokenA, body, headers }),
      call(b?.base ?? '', 'POST', '/networks', { token: tokenB, body, headers }),
    ]);
    const retry = await call(b?.base ?? '', 'POST', '/networks', { token: tokenB, body, headers });
    assert.equal(first.status, 200, first.text);
    assert.equal(raced.status, 200, raced.text);
    assert.equal(retry.status, 200);
    const uuid = (first.json as { uuid: string }).uuid;
    assert.equal((raced.json as { uuid: string }).uuid, uuid);
    assert.deepEqual(retry.json, first.json);
    assert.equal(retry.headers['idempotent-replayed'], 'true');
    const { networks } = await tier.client.networks.list({ name: 'idem' });
    assert.equal(networks.length, 1, 'one object for three keyed POSTs');
    const other = await call(a?.base ?? '', 'POST', '/networks', { token: tokenA, body, headers: { 'idempotency-key': 'create-idem-2' } });
    assert.notEqual((other.json as { uuid: string }).uuid, uuid, 'control: another key is another object');
  });

  it('ensure-admin-key gives system a key read from stdin, and running it again changes nothing', async () => {
    const p = spawned[0] as ApiProcess;
    const run = () => new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'ensure-admin-key', 'ops'], { env: { ...tier.env, SHAKENFIST_MARIADB_GATEWAY_HOSTS: tier.addresses.join(',') }, stdio: ['pipe', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.once('exit', (code) => resolve({ code, out }));
      child.stdin.end('ops-secret\n');
    });
    assert.deepEqual(await run(), { code: 0, out: 'key ops of system set\n' });
    const r = await call(p.base, 'POST', '/auth', { body: { namespace: 'system', key: 'ops-secret' } });
    const token = (r.json as { access_token: string }).access_token;
    assert.deepEqual(await run(), { code: 0, out: 'key ops of system already set\n' });
    assert.equal((await call(p.base, 'GET', '/instances', { token })).status, 200, 'tokens survive a re-run');
  });

  it('/healthz shows the tier ready, with no warning: the tier speaks the API revision this sf-api needs', async () => {
    const p = spawned[0] as ApiProcess;
    const r = await call(p.base, 'GET', '/healthz');
    assert.equal(r.status, 200);
    const health = r.json as { status: string; warnings: string[] };
    assert.equal(health.status, 'ready');
    assert.deepEqual(health.warnings, []);
  });

  it('exposes Prometheus metrics on the metrics port', async () => {
    const p = spawned[0] as ApiProcess;
    const text = (await call(p.metrics, 'GET', '/metrics')).text;
    assert.match(text, /sf_api_requests_total\{method="POST",route="\/networks",status="200"\} \d+/);
    assert.match(text, /sf_api_request_duration_seconds_bucket/);
    assert.match(text, /sf_api_ready 1/);
    assert.match(text, /sf_api_requests_in_flight/);
    assert.match(text, /^sf_api_event_queue_depth \d+$/m, "the event writer's queue depth");
    for (const reason of ['refused', 'given_up', 'overflow']) assert.match(text, new RegExp(`^sf_api_events_dropped_total\\{reason="${reason}"\\} 0$`, 'm'));
  });

  it('drains on SIGTERM: /readyz 503 within 100 ms, no failed request during the grace, then exit 0', async () => {
    const p = await spawnApi(tier, { SHAKENFIST_API_DRAIN_GRACE: '2', SHAKENFIST_API_SHUTDOWN_TIMEOUT: '5' });
    spawned.push(p);
    const token = await login(p.base);
    let failures = 0;
    let served = 0;
    let stop = false;
    const loop = (async () => {
      while (!stop) {
        const r = await call(p.base, 'GET', '/instances', { token }).catch(() => undefined);
        if (r?.status === 200) served += 1;
        else failures += 1;
      }
    })();
    // The loop stops whatever the assertions below find, so a failure here leaves no client hammering a dead port.
    try {
      await sleep(300);
      const signalled = performance.now();
      p.child.kill('SIGTERM');
      let notReadyAfter = Infinity;
      while (performance.now() - signalled < 1000) {
        const r = await call(p.base, 'GET', '/readyz');
        if (r.status === 503) {
          notReadyAfter = performance.now() - signalled;
          break;
        }
      }
      // The issue names this bound (#5); it is the one timing this suite asserts.
      assert.ok(notReadyAfter <= 100, `readyz turned 503 after ${notReadyAfter} ms`);
      assert.equal((await call(p.base, 'GET', '/livez')).status, 200, 'still alive while draining');
      await sleep(1500);
    } finally {
      stop = true;
      await loop;
    }
    assert.equal(failures, 0, `${failures} requests failed during the grace (${served} served)`);
    assert.ok(served > 10);
    assert.equal(await p.exited, 0, p.stderr());
  });
});
