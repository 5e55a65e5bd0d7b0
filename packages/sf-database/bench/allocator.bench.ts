import mysql from 'mysql2/promise';
import { createMigratedTestDatabase } from '../test/support/test-database.js';
import { clientFor, startTier, type TierProcess } from '../test/support/tier-process.js';
import { compare, measure, printBench, round } from '@sf/tools/bench';

/**
 * VXLAN ids through the tier (8 callers, client round robin over two
 * sf-database processes) against raw mysql2 INSERTs of the same kind of row
 * at the same concurrency, in the same run, in alternating rounds. Prints one
 * BENCH line.
 */
const CONCURRENCY = 8;
const RUN_MS = Number(process.env.SF_BENCH_RUN_MS ?? 8000);
const ROUNDS = 4;

async function main(): Promise<void> {
  const db = await createMigratedTestDatabase();
  const tiers: TierProcess[] = [];
  const raw = mysql.createPool({ host: db.config.host, port: db.config.port, user: db.config.user, password: db.config.password, database: db.name, connectionLimit: CONCURRENCY });
  try {
    tiers.push(...(await Promise.all([startTier(db.config), startTier(db.config)])));
    const client = clientFor(tiers);
    let next = 1;
    const rawInsert = () => {
      const value = String(next++);
      return raw.execute("INSERT INTO resource_pool_allocations (pool_name, value, owner_type, owner_uuid, purpose) VALUES ('raw', ?, 'network', ?, 'vni')", [value, value]);
    };
    const values: string[] = [];
    let owner = 0;
    const allocate = async () => {
      const allocation = await client.allocations.allocate({ pool: 'vxlan', owner: { type: 'network', uuid: `bench-${owner++}` }, purpose: 'vni', ttl_seconds: 0 });
      values.push(allocation.value);
    };
    await measure(CONCURRENCY, 1000, rawInsert);
    await measure(CONCURRENCY, 1000, allocate);
    const { subject: tier, baseline, ratio, ratioRange } = await compare(CONCURRENCY, RUN_MS, ROUNDS, allocate, rawInsert);
    const [rows] = await raw.query<mysql.RowDataPacket[]>("SELECT COUNT(*) AS n, COUNT(DISTINCT value) AS d FROM resource_pool_allocations WHERE pool_name = 'vxlan'");
    client.close();
    printBench({
      name: 'allocator',
      allocs_per_s: round(tier.rate, 0),
      baseline_per_s: round(baseline.rate, 0),
      ratio: round(ratio, 3),
      ratio_range: ratioRange.map((r) => round(r, 3)),
      p99_ms: round(tier.p99),
      baseline_p99_ms: round(baseline.p99),
      duplicates: values.length - new Set(values).size + (Number(rows[0]?.n) - Number(rows[0]?.d)),
      errors: tier.errors,
      baseline: 'raw mysql2 prepared INSERT of one allocation row per call, same concurrency, same run',
    });
  } finally {
    await raw.end();
    await Promise.all(tiers.map((t) => t.stop()));
    await db.drop();
  }
}

await main();
