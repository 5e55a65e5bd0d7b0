import type { Server } from 'node:http';
import { serveMetrics } from '@sf/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { LeaseObserver, LeaseResult } from './leadership.js';
import type { JobObserver, JobReport, JobResult } from './maintainer.js';

const JOB_RESULTS: readonly JobResult[] = ['done', 'cut', 'stopped', 'failed'];
const LEASE_RESULTS: readonly LeaseResult[] = ['held', 'lost', 'error'];

/**
 * The Prometheus metrics of one sf-cluster process: whether it leads, and
 * what its jobs do, by job. Every instance serves them, a standby too (its
 * `cluster_leader` is 0 and its jobs never run). Scraped at :13002/metrics.
 */
export class ClusterMetrics implements JobObserver, LeaseObserver {
  readonly registry = new Registry();
  private readonly runs: Counter<'job' | 'result'>;
  private readonly duration: Histogram<'job'>;
  private readonly items: Counter<'job'>;
  private readonly itemFailures: Counter<'job'>;
  private readonly leaseAnswers: Counter<'result'>;

  /** `jobs`: the maintainer's job names, the only values of the `job` label, each shown from the start at 0. */
  constructor(jobs: readonly string[], isLeader: () => boolean) {
    collectDefaultMetrics({ register: this.registry, prefix: 'cluster_process_' });
    const registers = [this.registry];
    new Gauge({
      name: 'cluster_leader',
      help: '1 while this process holds the maintainer lease, by its own count',
      registers,
      collect() {
        this.set(isLeader() ? 1 : 0);
      },
    });
    this.runs = new Counter({ name: 'cluster_job_runs_total', help: 'Runs of a maintenance job, by how each ended', labelNames: ['job', 'result'], registers });
    this.duration = new Histogram({
      name: 'cluster_job_duration_seconds',
      help: 'Time one run of a maintenance job took',
      labelNames: ['job'],
      // Up past the default budget of a run (20 s), which its last item may overrun.
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60],
      registers,
    });
    this.items = new Counter({ name: 'cluster_job_items_total', help: 'Objects a maintenance job attempted, one by one (prune_operations: slices of up to 1,000 operations)', labelNames: ['job'], registers });
    this.itemFailures = new Counter({ name: 'cluster_job_item_failures_total', help: 'Objects whose maintenance failed and was left for a later pass', labelNames: ['job'], registers });
    this.leaseAnswers = new Counter({ name: 'cluster_lease_answers_total', help: 'Answers to taking or renewing the maintainer lease, refusals of a standby aside', labelNames: ['result'], registers });
    for (const job of jobs) {
      for (const result of JOB_RESULTS) this.runs.inc({ job, result }, 0);
      this.duration.zero({ job });
      this.items.inc({ job }, 0);
      this.itemFailures.inc({ job }, 0);
    }
    for (const result of LEASE_RESULTS) this.leaseAnswers.inc({ result }, 0);
  }

  jobRan(job: string, report: JobReport): void {
    this.runs.inc({ job, result: report.result });
    this.duration.observe({ job }, report.seconds);
    this.items.inc({ job }, report.items);
    this.itemFailures.inc({ job }, report.itemFailures);
  }

  leaseAnswered(result: LeaseResult): void {
    this.leaseAnswers.inc({ result });
  }

  /** Serves /metrics on its own port; rejects (EADDRINUSE, say) when it cannot listen. */
  listen(host: string, port: number): Promise<Server> {
    return serveMetrics(this.registry, host, port);
  }
}
