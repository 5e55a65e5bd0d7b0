import { Agent, request } from 'node:http';
import mysql from 'mysql2/promise';
import { compare, measure, printBench, round } from '@sf/tools/bench';
import { startTier } from '@sf/tools/tier';
import { buildApp } from '../src/app.js';
import { hashKey } from '../src/internal/keys.js';
import { spawnApi } from '../test/helpers/process.js';
import { addNode, startStack, SYSTEM_KEY } from '../test/helpers/stack.js';

/**
 * GET /instances/{uuid} with a bearer token through sf-api (its own
 * process) -> sf-database (two processes) -> MariaDB, against a raw mysql2
 * prepared SELECT of the same row, in the same run (the 32-client load in
 * rounds alternating with the baseline). Round trips per GET are
 * counted on an in-process app whose tier calls are wrapped with counters.
 */
const SINGLE_MS = Number(process.env.SF_BENCH_SINGLE_MS ?? 5000);
const SINGLE_WARMUP_MS = 2000;
const LOAD_MS = Number(process.env.SF_BENCH_LOAD_MS ?? 8000);
const CONCURRENCY = 32;
const ROUNDS = 4;

function get(agent: Agent, base: string, path: string, token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Tier calls made by one GET, counted by wrapping every method of the client's resource clients and the key store. */
async function roundTripsPerGet(stack: Awaited<ReturnType<typeof startStack>>, uuid: string, token: string): Promise<number> {
  let calls = 0;
  const counted = <T extends object>(target: T): T => new Proxy(target, {
    get(t, prop, receiver) {
      const value = Reflect.get(t, prop, receiver) as unknown;
      return typeof value === 'function' ? (...args: unknown[]) => { calls += 1; return (value as (...a: unknown[]) => unknown).apply(t, args); } : value;
    },
  });
  const db = new Proxy(stack.deps.db, { get: (t, prop) => { const v = Reflect.get(t, prop) as unknown; return typeof v === 'object' && v !== null ? counted(v) : v; } });
  const { app } = await buildApp({ ...stack.deps, db, keys: counted(stack.deps.keys) });
  const gets = 50;
  for (let i = 0; i < gets; i += 1) {
    const r = await app.inject({ method: 'GET', url: `/instances/${uuid}`, headers: { authorization: `Bearer ${token}` } });
    if (r.statusCode !== 200) throw new Error(`GET ${r.statusCode}`);
  }
  await app.close();
  return calls / gets;
}

async function main(): Promise<void> {
  const tier = await startTier(2);
  const raw = mysql.createPool({
    host: tier.env.SHAKENFIST_MARIADB_HOST, port: Number(tier.env.SHAKENFIST_MARIADB_PORT), user: tier.env.SHAKENFIST_MARIADB_USER,
    password: tier.env.SHAKENFIST_MARIADB_PASSWORD, database: tier.env.SHAKENFIST_MARIADB_DATABASE, connectionLimit: CONCURRENCY,
  });
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const stack = await startStack({ tier });
  let api: Awaited<ReturnType<typeof spawnApi>> | undefined;
  try {
    await tier.client.namespaces.setKey('system', 'admin', await hashKey(SYSTEM_KEY));
    await addNode(tier, 'bench-hv');
    const token = await stack.login('system', SYSTEM_KEY);
    const net = await stack.call('POST', '/networks', { token, body: { netblock: '10.99.0.0/24', name: 'bench' } });
    const netUuid = (net.json as { uuid: string }).uuid;
    await tier.client.networks.transition(netUuid, 'created');
    const created = await stack.call('POST', '/instances', { token, body: { name: 'bench', cpus: 1, memory: 512, disk: [{ size: 1 }], network: [{ network_uuid: netUuid }], metadata: { tags: ['bench'] } } });
    const uuid = (created.json as { uuid: string }).uuid;
    const roundTrips = await roundTripsPerGet(stack, uuid, token);

    api = await spawnApi(tier);
    const path = `/instances/${uuid}`;
    const viaApi = () => get(agent, api?.base ?? '', path, token);
    const rawSelect = () => raw.execute('SELECT * FROM instances WHERE uuid = ?', [uuid]);
    await measure(4, 1000, viaApi);
    await measure(4, 1000, rawSelect);
    const { subject: loaded, baseline, ratio, ratioRange } = await compare(CONCURRENCY, LOAD_MS, ROUNDS, viaApi, rawSelect);
    await measure(1, SINGLE_WARMUP_MS, viaApi);
    const single = await measure(1, SINGLE_MS, viaApi);
    printBench({
      name: 'api-get',
      p50_ms_1: round(single.p50, 3),
      p99_ms_1: round(single.p99, 3),
      rps_32: round(loaded.rate, 0),
      p99_ms_32: round(loaded.p99),
      errors: single.errors + loaded.errors,
      db_round_trips_per_get: round(roundTrips, 2),
      baseline_rps_32: round(baseline.rate, 0),
      baseline: 'raw mysql2 prepared SELECT * of the same instances row, 32 callers, same run',
      ratio: round(ratio, 3),
      ratio_range: ratioRange.map((r) => round(r, 3)),
    });
  } finally {
    api?.kill();
    agent.destroy();
    await raw.end();
    await stack.stop();
    await tier.stop();
  }
}

await main();
