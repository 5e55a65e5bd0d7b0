import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Metadata, credentials } from '@grpc/grpc-js';
import { databaseServices } from '@sf/proto';
import { freePort } from '@sf/tools/ports';
import mysql from 'mysql2/promise';
import type { DatabaseClient } from '@sf/database-client';
import { startPrivateMariadb, type PrivateMariadb } from '../support/private-mariadb.js';
import { createMigratedTestDatabase, type TestDatabase } from '../support/test-database.js';
import { sample, scrape } from '../support/tier-metrics.js';
import { clientFor, runCli, startTier, type TierProcess } from '../support/tier-process.js';

const servedGets = (metrics: string): number => sample(metrics, 'database_rpc_total{method="GetInstance",code="0"}');
const pipeCalls = (metrics: string): number => sample(metrics, 'database_pipe_calls_total');

/**
 * Runs `total` gets with `concurrency` callers; calls `onProgress` with the
 * count done so far. Each get carries a request id, as sf-api's do, which
 * also keeps the client from coalescing them: one call is one RPC here.
 */
async function hammer(client: DatabaseClient, uuid: string, total: number, concurrency: number, onProgress: (done: number) => void = () => undefined): Promise<number> {
  let started = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (started < total) {
      started += 1;
      const got = await client.instances.get(uuid, '', { requestId: 'tier-failover-test' });
      assert.equal(got.uuid, uuid);
      done += 1;
      onProgress(done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return done;
}

async function waitForHealth(client: DatabaseClient, wanted: string, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const [health] = await client.health(1000);
    if (health?.status === wanted) return;
    assert.ok(Date.now() < deadline, `health is ${health?.status}, wanted ${wanted} within ${withinMs} ms`);
    await sleep(250);
  }
}

describe('sf-database tier: several processes, failover, health and the schema gate', function () {
  this.timeout(120_000);

  describe('three instances behind one client', () => {
    let db: TestDatabase;
    let tiers: TierProcess[] = [];
    let client: DatabaseClient;
    let uuid: string;

    before(async () => {
      db = await createMigratedTestDatabase();
      // Each started tier is kept for the after hook, even when another failed to start.
      const started = await Promise.allSettled([startTier(db.config), startTier(db.config), startTier(db.config)]);
      tiers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      for (const s of started) if (s.status === 'rejected') throw s.reason;
      client = clientFor(tiers);
      await client.namespaces.create('lb');
      uuid = (await client.instances.create({ namespace: 'lb', name: 'target', cpus: 1, memory_mib: 64 })).uuid;
    });

    after(async () => {
      client?.close();
      await Promise.all(tiers.map((t) => t.stop()));
      await db?.drop();
    });

    it('spreads 3,000 calls so that each instance serves at least 20%, on pipes once each revision is known', async () => {
      const before = await Promise.all(tiers.map(async (t) => scrape(t)));
      assert.equal(await hammer(client, uuid, 3000, 16), 3000);
      const after = await Promise.all(tiers.map(async (t) => scrape(t)));
      const served = after.map((text, i) => servedGets(text) - servedGets(before[i] ?? ''));
      assert.equal(served.reduce((a, b) => a + b, 0), 3000);
      for (const n of served) assert.ok(n >= 600, `an instance served ${n} of 3000 (${served.join(', ')})`);
      // Each endpoint's first calls go unary while its revision is asked in the background.
      const piped = after.reduce((sum, text, i) => sum + pipeCalls(text) - pipeCalls(before[i] ?? ''), 0);
      assert.ok(piped >= 2900, `${piped} of 3000 calls rode pipes`);
    });

    it('exposes RPC latency and pool usage metrics', async () => {
      const metrics = await scrape(tiers[0] as TierProcess);
      assert.match(metrics, /database_rpc_duration_seconds_bucket\{le="[^"]+",method="GetInstance"\}/);
      assert.match(metrics, /database_pool_connections \d+/);
      assert.match(metrics, /database_pool_waiting \d+/);
      assert.match(metrics, /database_health_serving 1/);
    });

    it('every idempotent call, batched or not, succeeds when one instance is killed -9 mid-run', async () => {
      const victim = tiers[2] as TierProcess;
      let killed = false;
      const done = await hammer(client, uuid, 3000, 16, (n) => {
        if (!killed && n >= 500) {
          killed = true;
          victim.child.kill('SIGKILL');
        }
      });
      const batched = await Promise.all(Array.from({ length: 200 }, () => client.instances.get(uuid)));
      assert.equal(done, 3000);
      assert.equal(batched.length, 200);
      assert.ok(killed);
      assert.equal(await victim.exited, null, 'the victim died of the signal');
      assert.ok(!client.healthyEndpoints().includes(victim.address), 'the dead instance is out of the rotation');
    });
    it('a hung instance (SIGSTOP) costs a retry, not the call', async () => {
      const hung = tiers[1] as TierProcess;
      hung.child.kill('SIGSTOP');
      try {
        const results = await Promise.all(Array.from({ length: 40 }, () => client.instances.get(uuid, '', { requestId: 'hung-test', deadlineMs: 6000 })));
        assert.equal(results.length, 40);
        for (const r of results) assert.equal(r.uuid, uuid);
      } finally {
        hung.child.kill('SIGCONT');
      }
    });
  });

  describe('health follows MariaDB', () => {
    let server: PrivateMariadb | undefined;
    let db: TestDatabase | undefined;
    let tier: TierProcess | undefined;
    let client: DatabaseClient | undefined;

    after(async () => {
      client?.close();
      await tier?.stop();
      await server?.start().catch(() => undefined);
      await db?.drop().catch(() => undefined);
      await server?.destroy();
    });

    it('turns NOT_SERVING within 15 s of MariaDB stopping, and SERVING again after it restarts', async () => {
      server = await startPrivateMariadb();
      db = await createMigratedTestDatabase(server.server);
      tier = await startTier(db.config);
      client = clientFor([tier]);
      await waitForHealth(client, 'SERVING', 1000);
      await server.stop();
      await waitForHealth(client, 'NOT_SERVING', 15_000);
      await server.start();
      await waitForHealth(client, 'SERVING', 15_000);
      await client.namespaces.create('back');
      assert.equal((await client.namespaces.get('back')).state, 'created');
    });
  });

  describe('start and stop', () => {
    let db: TestDatabase;

    before(async () => {
      db = await createMigratedTestDatabase();
    });

    after(async () => {
      await db?.drop();
    });

    it('refuses to start on a schema behind this build, naming the fix', async () => {
      const behind = await createMigratedTestDatabase();
      try {
        const conn = await mysql.createConnection({ host: behind.config.host, port: behind.config.port, user: behind.config.user, password: behind.config.password, database: behind.name });
        await conn.query("DELETE FROM knex_migrations WHERE name = '202611261330_rpc_requests'");
        await conn.query("UPDATE schema_versions SET version = 1 WHERE component = 'sf'");
        await conn.end();
        const { code, stderr } = await runCli(behind.config, ['serve']);
        assert.notEqual(code, 0);
        assert.match(stderr, /schema version 1, this build expects \d+.*run `sf-ctl ensure-mariadb-schema`/);
      } finally {
        await behind.drop();
      }
    });

    it('exits, serving nothing, when its metrics port is taken', async () => {
      const holder = createServer();
      await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
      try {
        const taken = (holder.address() as AddressInfo).port;
        const { code, stderr } = await runCli(db.config, ['serve'], {
          SHAKENFIST_MARIADB_GATEWAY_PORT: String(await freePort()),
          SHAKENFIST_MARIADB_GATEWAY_METRICS_PORT: String(taken),
        });
        assert.notEqual(code, 0);
        assert.match(stderr, /EADDRINUSE/);
      } finally {
        holder.close();
      }
    });

    it('tells systemd READY=1, WATCHDOG=1 from its main loop and STOPPING=1 on SIGTERM', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sft-notify-'));
      const socket = join(dir, 'notify.sock');
      // A stand-in for systemd's notification socket: print each datagram on a line.
      const listener = spawn(
        'python3',
        ['-c', 'import socket,sys\ns=socket.socket(socket.AF_UNIX,socket.SOCK_DGRAM)\ns.bind(sys.argv[1])\nwhile True:\n  print(s.recv(4096).decode(),flush=True)', socket],
        { stdio: ['ignore', 'pipe', 'ignore'] },
      );
      let heard = '';
      listener.stdout?.on('data', (chunk: Buffer) => {
        heard += chunk.toString();
      });
      try {
        for (let i = 0; i < 100 && !existsSync(socket); i += 1) await sleep(50);
        const tier = await startTier(db.config, 20_000, { NOTIFY_SOCKET: socket });
        for (let i = 0; i < 100 && !heard.includes('WATCHDOG=1'); i += 1) await sleep(50);
        await tier.stop();
        assert.equal(await tier.exited, 0);
        for (let i = 0; i < 40 && !heard.includes('STOPPING=1'); i += 1) await sleep(50);
        assert.match(heard, /READY=1/);
        assert.match(heard, /WATCHDOG=1/);
        assert.match(heard, /STOPPING=1/);
      } finally {
        listener.kill('SIGKILL');
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('answers Health for its services and NOT_FOUND for an unknown one', async () => {
      const tier = await startTier(db.config);
      const raw = new Client(tier.address, credentials.createInsecure());
      const check = (service: string) =>
        new Promise<string>((resolve, reject) => {
          const method = databaseServices().health.Check;
          raw.makeUnaryRequest(method.path, method.requestSerialize, method.responseDeserialize, { service }, new Metadata(), { deadline: Date.now() + 5000 }, (err, reply) =>
            err === null && reply !== undefined ? resolve(String(reply.status)) : reject(err ?? new Error('empty')),
          );
        });
      try {
        assert.equal(await check('sf.database.v1.InstanceService'), 'SERVING');
        await assert.rejects(check('no.such.Service'), (err: { code?: number }) => err.code === 5);
      } finally {
        raw.close();
        await tier.stop();
      }
    });

    it('control: starts on the current schema and exits 0 on SIGTERM', async () => {
      const tier = await startTier(db.config);
      await tier.stop();
      assert.equal(await tier.exited, 0);
    });
  });
});
