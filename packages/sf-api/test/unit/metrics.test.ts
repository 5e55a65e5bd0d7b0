import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import Fastify from 'fastify';
import { installMetrics } from '../../src/internal/metrics.js';
import { Readiness } from '../../src/internal/readiness.js';

describe('sf-api metrics', () => {
  it('counts a request its client abandoned once, as 499, and no longer in flight', async () => {
    const app = Fastify();
    const { registry } = installMetrics(app, new Readiness(async () => ({ passed: true, warnings: [] })));
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
