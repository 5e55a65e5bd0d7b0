import assert from 'node:assert/strict';
import type { TierProcess } from './tier-process.js';

/** The tier process's /metrics, as Prometheus text. */
export async function scrape(tier: TierProcess): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${tier.metricsPort}/metrics`);
  assert.equal(response.status, 200);
  return response.text();
}

/** A series' value by its full name and labels (`name{label="x"}`), 0 when absent. */
export function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.split(' ').pop());
}
