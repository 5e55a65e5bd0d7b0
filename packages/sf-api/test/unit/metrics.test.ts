import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EventWriterStats } from '@sf/database-client';
import Fastify from 'fastify';
import { installMetrics, startMetricsServer, type EventQueue } from '../../src/internal/metrics.js';
import { Readiness } from '../../src/internal/readiness.js';

const ready = () => new Readiness(async () => ({ passed: true, warnings: [] }));

/** An event writer's stats as the test sets them. */
function eventQueue(): EventQueue & { now: EventWriterStats } {
  const queue = {
    now: { queued: 0, dropped: { refused: 0, given_up: 0, overflow: 0, closed: 0 } } as EventWriterStats,
    stats: () => queue.now,
  };
  return queue;
}

describe('sf-api metrics', () => {
  it("exports the event writer's queue depth and drops by reason as they are at each scrape, on the metrics port", async () => {
    const app = Fastify();
    const events = eventQueue();
    const { registry } = installMetrics(app, ready(), events);
    const server = await startMetricsServer(registry, '127.0.0.1', 0);
    try {
      const { port } = server.address() as AddressInfo;
      const scrape = async () => (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      const first = await scrape();
      assert.match(first, /^# TYPE sf_api_event_queue_depth gauge$/m);
      assert.match(first, /^sf_api_event_queue_depth 0$/m);
      assert.match(first, /^# TYPE sf_api_events_dropped_total counter$/m);
      for (const reason of ['refused', 'given_up', 'overflow']) assert.match(first, new RegExp(`^sf_api_events_dropped_total\\{reason="${reason}"\\} 0$`, 'm'), 'every reason, from the start');
      events.now = { queued: 42, dropped: { refused: 2, given_up: 1, overflow: 7, closed: 0 } };
      const second = await scrape();
      assert.match(second, /^sf_api_event_queue_depth 42$/m);
      assert.match(second, /^sf_api_events_dropped_total\{reason="refused"\} 2$/m);
      assert.match(second, /^sf_api_events_dropped_total\{reason="given_up"\} 1$/m);
      assert.match(second, /^sf_api_events_dropped_total\{reason="overflow"\} 7$/m);
      events.now = { queued: 0, dropped: { refused: 2, given_up: 1, overflow: 7, closed: 3 } };
      const third = await scrape();
      assert.match(third, /^sf_api_event_queue_depth 0$/m);
      assert.match(third, /^sf_api_events_dropped_total\{reason="overflow"\} 7$/m, 'a count is the total, not added again at each scrape');
      assert.doesNotMatch(third, /reason="closed"/, 'drops at close are the log\'s: no scrape comes after them');
    } finally {
      server.close();
      await app.close();
    }
  });

  it('counts a request its client abandoned once, as 499, and no longer in flight', async () => {
    const app = Fastify();
    const { registry } = installMetrics(app, ready(), eventQueue());
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let arrived: () => void = () => undefined;
    const seen = new Promise<void>((resolve) => (arrived = resolve));
    app.get('/slow', async () => {
      arrived();
      await held;
      return null;
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { port } = app.server.address() as AddressInfo;
      const client = request({ host: '127.0.0.1', port, path: '/slow' });
      client.on('error', () => undefined);
      client.end();
      await seen;
      client.destroy();
      const metric = async (name: string) => (await registry.getSingleMetric(name)!.get()).values;
      for (let i = 0; i < 100 && (await metric('sf_api_requests_in_flight'))[0]?.value !== 0; i += 1) await sleep(10);
      release();
      await sleep(50);
      assert.equal((await metric('sf_api_requests_in_flight'))[0]?.value, 0);
      const counted = (await metric('sf_api_requests_total')).filter((v) => v.labels.route === '/slow');
      assert.deepEqual(counted.map((v) => [v.labels.status, v.value]), [['499', 1]]);
    } finally {
      release();
      await app.close();
    }
  });
});
