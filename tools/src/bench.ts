/** Closed-loop load: `concurrency` callers each calling back to back until the time is up. */
export interface Measured {
  calls: number;
  errors: number;
  rate: number;
  p50: number;
  p99: number;
}

export async function measure(concurrency: number, durationMs: number, call: (worker: number) => Promise<unknown>): Promise<Measured> {
  const latencies: number[] = [];
  let errors = 0;
  const stopAt = performance.now() + durationMs;
  const started = performance.now();
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
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { calls: latencies.length, errors, rate: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

export function printBench(result: Record<string, unknown>): void {
  process.stdout.write(`BENCH ${JSON.stringify(result)}\n`);
}
