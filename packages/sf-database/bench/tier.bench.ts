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
/** Each variant runs ROUNDS slices of SLICE_MS, interleaved with its baseline, so load drift on a shared machine hits both alike. */
const ROUNDS = 4;
const SLICE_MS = Number(process.env.SF_BENCH_SLICE_MS ?? 1500);
const DISTINCT_ROWS = 512;

interface Result {
  rate: number;
  p50: number;
  p99: number;
}

class Sample {
  readonly latencies: number[] = [];
  seconds = 0;

  result(): Result {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    return { rate: sorted.length / this.seconds, p50: at(0.5), p99: at(0.99) };
  }
}

async function slice(call: () => Promise<unknown>, durationMs: number, into: Sample): Promise<void> {
  const stopAt = performance.now() + durationMs;
  const worker = async (): Promise<void> => {
    while (performance.now() < stopAt) {
      const started = performance.now();
      await call();
      into.latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  into.seconds += (performance.now() - started) / 1000;
}

/** Alternates the two calls slice by slice (order swapped every round). */
async function compare(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[Result, Result]> {
  const sa = new Sample();
  const sb = new Sample();
  for (let r = 0; r < ROUNDS; r += 1) {
    if (r % 2 === 0) {
      await slice(a, SLICE_MS, sa);
      await slice(b, SLICE_MS, sb);
    } else {
      await slice(b, SLICE_MS, sb);
      await slice(a, SLICE_MS, sa);
    }
  }
  return [sa.result(), sb.result()];
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

    await slice(rawGet, WARMUP_MS, new Sample());
    await slice(tierGet, WARMUP_MS, new Sample());
    const [baseline, tier] = await compare(rawGet, tierGet);
    const [distinctBaseline, distinct] = await compare(rawDistinct, tierDistinct);
    const [unbatchedBaseline, unbatched] = await compare(rawGet, tierUnbatched);
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
        unbatched_ratio: round(unbatched.rate / unbatchedBaseline.rate, 3),
        unbatched_p99_ms: round(unbatched.p99),
        unbatched_baseline_p99_ms: round(unbatchedBaseline.p99),
      })}\n`,
    );
  } finally {
    await Promise.all(tiers.map((t) => t.stop()));
    await db.drop();
  }
}

await main();
