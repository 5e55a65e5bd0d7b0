import mysql from 'mysql2/promise';
import { createMigratedTestDatabase } from '../test/support/test-database.js';
import { clientFor, startTier, type TierProcess } from '../test/support/tier-process.js';

/**
 * Get-by-uuid through the tier client over two sf-database processes, 32
 * concurrent callers, against a raw mysql2 prepared SELECT of the same row
 * at the same concurrency, in the same run. Prints one BENCH line.
 *
 * The headline fields are that case. Because the client coalesces
 * concurrent gets (and identical uuids within a batch cost one row), the
 * line also carries two controls: `distinct_*`, where each call reads a
 * different row (both sides), and `unbatched_rate`, the client with
 * batching bypassed (one RPC per get).
 */
const CONCURRENCY = 32;
const WARMUP_MS = 1500;
const RUN_MS = Number(process.env.SF_BENCH_RUN_MS ?? 5000);
const DISTINCT_ROWS = 512;

interface Result {
  rate: number;
  p50: number;
  p99: number;
}

async function measure(call: () => Promise<unknown>, durationMs: number): Promise<Result> {
  const latencies: number[] = [];
  const stopAt = performance.now() + durationMs;
  const worker = async (): Promise<void> => {
    while (performance.now() < stopAt) {
      const started = performance.now();
      await call();
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { rate: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

async function main(): Promise<void> {
  const db = await createMigratedTestDatabase();
  const tiers: TierProcess[] = [];
  try {
    tiers.push(...(await Promise.all([startTier(db.config), startTier(db.config)])));
    const client = clientFor(tiers);
    await client.namespaces.create('bench');
    const { uuid } = await client.instances.create({
      namespace: 'bench',
      name: 'bench',
      cpus: 2,
      memory_mib: 2048,
      disks: [{ base: 'debian:12', size_gib: 20, bus: 'virtio', type: 'disk' }],
    });
    const many = await Promise.all(
      Array.from({ length: DISTINCT_ROWS }, (_, i) => client.instances.create({ namespace: 'bench', name: `row-${i}`, cpus: 1, memory_mib: 64 })),
    );
    const uuids = many.map((i) => i.uuid);
    let cursor = 0;
    const nextUuid = (): string => uuids[(cursor += 1) % uuids.length] as string;
    const raw = mysql.createPool({
      host: db.config.host,
      port: db.config.port,
      user: db.config.user,
      password: db.config.password,
      database: db.name,
      connectionLimit: CONCURRENCY,
    });
    const rawGet = () => raw.execute('SELECT * FROM instances WHERE uuid = ?', [uuid]);
    const tierGet = () => client.instances.get(uuid);
    const rawDistinct = () => raw.execute('SELECT * FROM instances WHERE uuid = ?', [nextUuid()]);
    const tierDistinct = () => client.instances.get(nextUuid());
    const tierUnbatched = () => client.instances.get(uuid, '', { deadlineMs: 5000 });

    await measure(rawGet, WARMUP_MS);
    await measure(tierGet, WARMUP_MS);
    const baseline = await measure(rawGet, RUN_MS);
    const tier = await measure(tierGet, RUN_MS);
    const distinctBaseline = await measure(rawDistinct, RUN_MS);
    const distinct = await measure(tierDistinct, RUN_MS);
    const unbatched = await measure(tierUnbatched, RUN_MS);
    await raw.end();
    client.close();
    process.stdout.write(
      `BENCH ${JSON.stringify({
        name: 'tier',
        rate: round(tier.rate, 0),
        baseline_rate: round(baseline.rate, 0),
        ratio: round(tier.rate / baseline.rate, 3),
        p50_ms: round(tier.p50),
        p99_ms: round(tier.p99),
        baseline_p99_ms: round(baseline.p99),
        baseline: 'raw mysql2 prepared SELECT of the same row, same concurrency, same run',
        distinct_rate: round(distinct.rate, 0),
        distinct_baseline_rate: round(distinctBaseline.rate, 0),
        distinct_ratio: round(distinct.rate / distinctBaseline.rate, 3),
        distinct_p99_ms: round(distinct.p99),
        distinct_baseline_p99_ms: round(distinctBaseline.p99),
        unbatched_rate: round(unbatched.rate, 0),
        unbatched_ratio: round(unbatched.rate / baseline.rate, 3),
        unbatched_p99_ms: round(unbatched.p99),
      })}\n`,
    );
  } finally {
    await Promise.all(tiers.map((t) => t.stop()));
    await db.drop();
  }
}

await main();
