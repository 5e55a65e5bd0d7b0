import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ClusterMetrics } from '../../src/metrics.js';

/** The value of one sample in Prometheus text, or undefined when it is not there. */
function sample(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe('sf-cluster metrics', () => {
  let leading = false;
  let metrics: ClusterMetrics;

  beforeEach(() => {
    leading = false;
    metrics = new ClusterMetrics(['reap_reservations', 'purge_deleted'], () => leading);
  });

  it('shows every job and lease answer at 0 from the start, and the leader gauge as leadership counts it when scraped', async () => {
    const text = await metrics.registry.metrics();
    for (const result of ['done', 'cut', 'stopped', 'failed']) assert.equal(sample(text, `cluster_job_runs_total{job="purge_deleted",result="${result}"}`), 0);
    assert.equal(sample(text, 'cluster_job_duration_seconds_count{job="reap_reservations"}'), 0);
    assert.equal(sample(text, 'cluster_job_items_total{job="reap_reservations"}'), 0);
    assert.equal(sample(text, 'cluster_job_item_failures_total{job="purge_deleted"}'), 0);
    for (const result of ['held', 'lost', 'error']) assert.equal(sample(text, `cluster_lease_answers_total{result="${result}"}`), 0);
    assert.equal(sample(text, 'cluster_leader'), 0);
    leading = true;
    assert.equal(sample(await metrics.registry.metrics(), 'cluster_leader'), 1);
  });

  it('counts runs by how they ended, their time, items and failed items by job, and the lease\'s answers', async () => {
    metrics.jobRan('purge_deleted', { result: 'cut', seconds: 20.5, items: 500, itemFailures: 2 });
    metrics.jobRan('purge_deleted', { result: 'done', seconds: 0.02, items: 7, itemFailures: 0 });
    metrics.jobRan('reap_reservations', { result: 'failed', seconds: 5, items: 0, itemFailures: 0 });
    metrics.leaseAnswered('held');
    metrics.leaseAnswered('held');
    metrics.leaseAnswered('lost');
    const text = await metrics.registry.metrics();
    assert.equal(sample(text, 'cluster_job_runs_total{job="purge_deleted",result="cut"}'), 1);
    assert.equal(sample(text, 'cluster_job_runs_total{job="purge_deleted",result="done"}'), 1);
    assert.equal(sample(text, 'cluster_job_runs_total{job="reap_reservations",result="failed"}'), 1);
    assert.equal(sample(text, 'cluster_job_runs_total{job="reap_reservations",result="done"}'), 0);
    assert.equal(sample(text, 'cluster_job_duration_seconds_count{job="purge_deleted"}'), 2);
    assert.equal(sample(text, 'cluster_job_duration_seconds_sum{job="purge_deleted"}'), 20.52);
    assert.equal(sample(text, 'cluster_job_duration_seconds_bucket{le="0.025",job="purge_deleted"}'), 1);
    assert.equal(sample(text, 'cluster_job_duration_seconds_bucket{le="30",job="purge_deleted"}'), 2);
    assert.equal(sample(text, 'cluster_job_items_total{job="purge_deleted"}'), 507);
    assert.equal(sample(text, 'cluster_job_item_failures_total{job="purge_deleted"}'), 2);
    assert.equal(sample(text, 'cluster_lease_answers_total{result="held"}'), 2);
    assert.equal(sample(text, 'cluster_lease_answers_total{result="lost"}'), 1);
    assert.equal(sample(text, 'cluster_lease_answers_total{result="error"}'), 0);
  });

  it('prefixes the process metrics with cluster_process_, as sf-database does with database_process_', async () => {
    const names = (await metrics.registry.getMetricsAsJSON()).map((m) => m.name);
    assert.ok(names.includes('cluster_process_process_cpu_user_seconds_total'));
    assert.ok(names.includes('cluster_process_nodejs_eventloop_lag_seconds'));
    assert.deepEqual(names.filter((name) => !name.startsWith('cluster_')), []);
  });

  describe('its server', () => {
    let server: Server | undefined;
    afterEach(async () => {
      await new Promise((resolve) => (server === undefined ? resolve(undefined) : server.close(resolve)));
      server = undefined;
    });

    it('serves /metrics as Prometheus text, and 404 for any other path', async () => {
      server = await metrics.listen('127.0.0.1', 0);
      const { port } = server.address() as AddressInfo;
      const scraped = await fetch(`http://127.0.0.1:${port}/metrics`);
      assert.equal(scraped.status, 200);
      assert.match(scraped.headers.get('content-type') ?? '', /^text\/plain/);
      assert.match(await scraped.text(), /^cluster_leader 0$/m);
      for (const path of ['/', '/metrics/', '/healthz']) assert.equal((await fetch(`http://127.0.0.1:${port}${path}`)).status, 404, path);
    });

    it('rejects when its port is taken', async () => {
      server = await metrics.listen('127.0.0.1', 0);
      const { port } = server.address() as AddressInfo;
      await assert.rejects(new ClusterMetrics([], () => false).listen('127.0.0.1', port), { code: 'EADDRINUSE' });
    });
  });
});
