/** Closed-loop load: `concurrency` callers each calling back to back until the time is up. */
export interface Measured {
  calls: number;
  errors: number;
  rate: number;
  p50: number;
  p99: number;
}

interface Phase {
  latencies: number[];
  errors: number;
  seconds: number;
}

async function runPhase(concurrency: number, durationMs: number, call: (worker: number) => Promise<unknown>): Promise<Phase> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const stopAt = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < stopAt) {
        const t0 = performance.now();
        try {
          await call(worker);
          latencies.push(performance.now() - t0);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  return { latencies, errors, seconds: (performance.now() - started) / 1000 };
}

function summarise(phases: readonly Phase[]): Measured {
  const latencies = phases.flatMap((p) => p.latencies).sort((a, b) => a - b);
  const seconds = phases.reduce((sum, p) => sum + p.seconds, 0);
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { calls: latencies.length, errors: phases.reduce((sum, p) => sum + p.errors, 0), rate: seconds > 0 ? latencies.length / seconds : 0, p50: at(0.5), p99: at(0.99) };
}

export async function measure(concurrency: number, durationMs: number, call: (worker: number) => Promise<unknown>): Promise<Measured> {
  return summarise([await runPhase(concurrency, durationMs, call)]);
}

export interface Compared {
  subject: Measured;
  baseline: Measured;
  /** subject rate / baseline rate over the whole run. */
  ratio: number;
  /** The lowest and highest ratio of a single round: how far the host drifted while measuring. */
  ratioRange: [number, number];
}

/**
 * The project against its baseline in alternating rounds (subject first,
 * then baseline first, and so on), each side durationMs in all. A shared
 * host's speed drifts by a third within a minute here; measured one after
 * the other, that drift lands in the ratio, while alternating short rounds
 * spreads it over both sides.
 */
export async function compare(
  concurrency: number,
  durationMs: number,
  rounds: number,
  subject: (worker: number) => Promise<unknown>,
  baseline: (worker: number) => Promise<unknown>,
): Promise<Compared> {
  const ours: Phase[] = [];
  const theirs: Phase[] = [];
  const each = durationMs / rounds;
  for (let r = 0; r < rounds; r += 1) {
    if (r % 2 === 0) {
      ours.push(await runPhase(concurrency, each, subject));
      theirs.push(await runPhase(concurrency, each, baseline));
    } else {
      theirs.push(await runPhase(concurrency, each, baseline));
      ours.push(await runPhase(concurrency, each, subject));
    }
  }
  const rate = (p: Phase): number => (p.seconds > 0 ? p.latencies.length / p.seconds : 0);
  const perRound = ours.map((p, r) => rate(p) / Math.max(rate(theirs[r] as Phase), Number.MIN_VALUE));
  const s = summarise(ours);
  const b = summarise(theirs);
  return { subject: s, baseline: b, ratio: b.rate > 0 ? s.rate / b.rate : 0, ratioRange: [Math.min(...perRound), Math.max(...perRound)] };
}

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

export function printBench(result: Record<string, unknown>): void {
  process.stdout.write(`BENCH ${JSON.stringify(result)}\n`);
}
