import assert from 'node:assert/strict';
import { NotFoundError, SfError, ValidationError } from '@sf/common';
import type { DatabaseClient } from '@sf/database-client';
import { createMigratedTestDatabase, type TestDatabase } from '../support/test-database.js';
import { sample, scrape } from '../support/tier-metrics.js';
import { clientFor, startTier, type TierProcess } from '../support/tier-process.js';

/** How the calls between two scrapes went: on pipes, and by method as counted for every call. */
async function delta(tier: TierProcess, work: () => Promise<unknown>, series: string[]): Promise<number[]> {
  const before = await scrape(tier);
  await work();
  const after = await scrape(tier);
  return series.map((s) => sample(after, s) - sample(before, s));
}

/** What a caller sees of a failed call, to compare the unary and piped paths. */
async function failure(call: Promise<unknown>): Promise<{ class: string; code: string; message: string; details: unknown }> {
  try {
    await call;
  } catch (err) {
    assert.ok(err instanceof SfError, `not an SfError: ${String(err)}`);
    return { class: err.constructor.name, code: err.code, message: err.message, details: err.details };
  }
  assert.fail('the call succeeded');
}

const PIPE_CALLS = 'database_pipe_calls_total';
const GETS = 'database_rpc_total{method="GetInstance",code="0"}';

describe('sf-database pipes: reads on one stream per client (real processes, real MariaDB)', function () {
  this.timeout(120_000);
  let db: TestDatabase;
  let tiers: TierProcess[] = [];
  /** The clients a test made, closed after it whatever it asserted. */
  let clients: DatabaseClient[] = [];
  let uuid: string;

  /** A client that has learnt the revision its tiers speak, so its next calls may ride pipes. */
  async function warmClient(of: TierProcess[]): Promise<DatabaseClient> {
    const client = clientFor(of);
    clients.push(client);
    await client.health();
    return client;
  }

  before(async () => {
    db = await createMigratedTestDatabase();
    const started = await Promise.allSettled([startTier(db.config), startTier(db.config, 20_000, { SHAKENFIST_MARIADB_GATEWAY_SHUTDOWN_TIMEOUT: '30' })]);
    tiers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    for (const s of started) if (s.status === 'rejected') throw s.reason;
    const client = clientFor([tiers[0] as TierProcess]);
    try {
      await client.namespaces.create('piped');
      uuid = (await client.instances.create({ namespace: 'piped', name: 'target', cpus: 1, memory_mib: 64 })).uuid;
    } finally {
      client.close();
    }
  });

  afterEach(() => {
    for (const client of clients) client.close();
    clients = [];
  });

  after(async () => {
    await Promise.all(tiers.map((t) => t.stop()));
    await db?.drop();
  });

  /** Waits (5 s at most) until the tier counts `open` pipes: a closed client's pipe ends a moment later. */
  async function pipesOpen(tier: TierProcess, open: number): Promise<void> {
    for (let tries = 0; sample(await scrape(tier), 'database_pipes_open') !== open; tries += 1) {
      assert.ok(tries < 100, `the tier does not count ${open} pipes open within 5 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('reads ride one pipe per client, each counted by its method as a unary call is; writes, upserts too, stay unary', async () => {
    const tier = tiers[0] as TierProcess;
    const [piped, gets, registers] = await delta(
      tier,
      async () => {
        const client = await warmClient([tier]);
        for (let i = 0; i < 40; i += 1) assert.equal((await client.instances.get(uuid, '', { requestId: `pipe-${i}` })).uuid, uuid);
        await client.nodes.register({ name: 'pipe-node', fqdn: 'pipe-node', mesh_ip: '10.9.0.1', roles: ['hypervisor'] });
      },
      [PIPE_CALLS, GETS, 'database_rpc_total{method="RegisterNode",code="0"}'],
    );
    assert.deepEqual([piped, gets, registers], [40, 40, 1]);
  });

  it('a client opens one pipe when it reads, and it is gone from the tier once the client closes', async () => {
    const tier = tiers[0] as TierProcess;
    await pipesOpen(tier, 0);
    const client = await warmClient([tier]);
    await Promise.all(Array.from({ length: 8 }, () => client.instances.get(uuid)));
    assert.equal(sample(await scrape(tier), 'database_pipes_open'), 1);
    client.close();
    await pipesOpen(tier, 0);
  });

  it('a call applied at most once (with its idempotency key) stays unary', async () => {
    const tier = tiers[0] as TierProcess;
    const client = await warmClient([tier]);
    await client.instances.get(uuid);
    const [piped, creates] = await delta(tier, () => client.instances.create({ namespace: 'piped', name: 'once', cpus: 1, memory_mib: 64 }), [
      PIPE_CALLS,
      'database_rpc_total{method="CreateInstance",code="0"}',
    ]);
    assert.deepEqual([piped, creates], [0, 1]);
  });

  it("the tier's errors come back on a pipe as a unary call brings them: class, code, message and details", async () => {
    const tier = tiers[0] as TierProcess;
    const missing = '00000000-0000-4000-8000-000000000000';
    const cases: Array<[(c: DatabaseClient) => Promise<unknown>, new (...args: never[]) => SfError]> = [
      [(c) => c.instances.get(missing), NotFoundError],
      [(c) => c.instances.get('not-a-uuid'), ValidationError],
      [(c) => c.namespaces.get('no-such-namespace'), NotFoundError],
    ];
    for (const [call, kind] of cases) {
      // A fresh client does not know the tier's revision yet: its first call goes unary.
      const fresh = clientFor([tier]);
      clients.push(fresh);
      const [unaryPiped] = await delta(tier, async () => {
        const unary = await failure(call(fresh));
        const warm = await warmClient([tier]);
        const [piped] = await delta(tier, async () => assert.deepEqual(await failure(call(warm)), unary), [PIPE_CALLS]);
        assert.equal(piped, 1, 'the warm client piped its call');
        assert.equal(unary.class, kind.name);
      }, [PIPE_CALLS]);
      assert.equal(unaryPiped, 1, "only the warm client's call was piped");
    }
  });

  it('SIGTERM: a pipe ends once its calls are answered, so the tier exits without waiting out its 30 s drain, and no call fails', async () => {
    const draining = tiers[1] as TierProcess;
    const client = await warmClient([tiers[0] as TierProcess, draining]);
    let stop = false;
    let done = 0;
    const failures: unknown[] = [];
    const loop = async (): Promise<void> => {
      while (!stop && failures.length === 0) {
        try {
          assert.equal((await client.instances.get(uuid, '', { requestId: `drain-${done}` })).uuid, uuid);
          done += 1;
        } catch (err) {
          failures.push(err);
        }
      }
    };
    const loops = Array.from({ length: 8 }, loop);
    const reached = (n: number) => () => done >= n || failures.length > 0;
    await until(reached(200));
    const [piped = 0] = await delta(draining, () => until(reached(400)), [PIPE_CALLS]);
    assert.ok(piped > 0, 'the draining tier served pipe calls before its SIGTERM');
    const sent = Date.now();
    draining.child.kill('SIGTERM');
    const code = await draining.exited;
    const took = Date.now() - sent;
    await until(reached(done + 200));
    stop = true;
    await Promise.all(loops);
    assert.deepEqual(failures, []);
    assert.equal(code, 0);
    assert.ok(took < 5_000, `sf-database took ${took} ms to exit: its pipes held its drain`);
  });
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
