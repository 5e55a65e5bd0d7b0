import type { Logger } from '@sf/common';
import { monotonic, type Clock } from './clock.js';
import type { Heartbeat } from './heartbeat.js';
import type { JobRun } from './job-run.js';
import type { Job, MaintenancePort } from './jobs.js';
import type { Leadership } from './leadership.js';
import { WorkStopped } from './work-stopped.js';

/**
 * What one job may do in one pass before it stops and goes on at the next
 * tick: a backlog (the first pass after an upgrade, a dead node's objects)
 * is worked off over several passes, and the jobs after it still run.
 */
export interface JobBudget {
  items: number;
  ms: number;
}

export const DEFAULT_BUDGET: JobBudget = { items: 500, ms: 20_000 };

export interface MaintainerOptions {
  /** How often the lease is renewed while a pass works: the main loop's tick. */
  renewEveryMs: number;
  budget?: JobBudget;
  now?: Clock;
}

/**
 * One pass of the main loop: renew leadership, then run the jobs that are
 * due. Before each job and each item of a job the watchdog is pinged and the
 * lease renewed when due, and the work stops once this process no longer
 * surely holds the lease. A failing job is logged and retried at its next
 * interval; it never stops the loop (and so never the watchdog).
 */
export class Maintainer {
  private readonly due = new Map<string, number>();
  private stopping = false;
  private readonly now: Clock;
  private readonly budget: JobBudget;

  constructor(
    private readonly leadership: Leadership,
    private readonly jobs: readonly Job[],
    private readonly port: MaintenancePort,
    private readonly log: Logger,
    private readonly heartbeat: Heartbeat,
    private readonly options: MaintainerOptions,
  ) {
    this.now = options.now ?? monotonic;
    this.budget = options.budget ?? DEFAULT_BUDGET;
  }

  /** The pass in hand stops before its next item or job, and later passes do nothing. */
  stop(): void {
    this.stopping = true;
  }

  async pass(): Promise<void> {
    if (this.stopping) return;
    const wasLeader = this.leadership.isLeader;
    if (!(await this.leadership.renew())) return;
    if (!wasLeader) this.due.clear();
    for (const job of this.jobs) {
      if (!(await this.keepUp())) return;
      const started = this.now();
      if (started < (this.due.get(job.name) ?? -Infinity)) continue;
      const run = new Run(this.log.child({ job: job.name }), started, this.budget, this.now, this);
      try {
        await job.run(this.port, run);
      } catch (err) {
        if (err instanceof WorkStopped) run.log.warn({ reason: err.reason }, 'maintenance job stopped');
        else run.log.error({ err }, 'maintenance job failed');
      }
      this.due.set(job.name, run.cut ? started : started + job.intervalMs);
    }
  }

  /**
   * Between jobs and items: pings the watchdog; renews the lease when a tick
   * has passed since it was last asked for, or at once when this process's
   * count of it ran out (after a pause, say); answers whether work may go on.
   */
  async keepUp(): Promise<boolean> {
    this.heartbeat.beat();
    if (this.stopping) return false;
    if (!this.leadership.isLeader || this.now() - this.leadership.askedAt >= this.options.renewEveryMs) await this.leadership.renew();
    return this.whyNot() === undefined;
  }

  /** The watchdog, when due, from work that goes on between items (see JobRun.pulse). */
  pulse(): void {
    this.heartbeat.beat();
  }

  /** Why work may not go on now, if it may not. */
  whyNot(): WorkStopped['reason'] | undefined {
    if (this.stopping) return 'stopping';
    return this.leadership.isLeader ? undefined : 'lease';
  }
}

/** One job's run in one pass: its budget, and the checks between its items. */
class Run implements JobRun {
  private items = 0;
  /** Stopped before its end (budget, lease, stop): the job goes on at the next tick. */
  cut = false;

  constructor(
    readonly log: Logger,
    private readonly started: number,
    private readonly budget: JobBudget,
    private readonly now: Clock,
    private readonly maintainer: Pick<Maintainer, 'keepUp' | 'whyNot' | 'pulse'>,
  ) {}

  async next(): Promise<boolean> {
    if (!(await this.maintainer.keepUp())) {
      this.cut = true;
      this.log.warn({ reason: this.maintainer.whyNot() }, 'maintenance job stopped');
      return false;
    }
    if (this.items >= this.budget.items || this.now() - this.started >= this.budget.ms) {
      this.cut = true;
      this.log.info({ items: this.items }, 'this pass\'s budget is spent; the job goes on at the next tick');
      return false;
    }
    this.items += 1;
    return true;
  }

  assertLeading(): void {
    const reason = this.maintainer.whyNot();
    if (reason !== undefined) throw new WorkStopped(reason);
  }

  pulse(): void {
    this.maintainer.pulse();
  }
}
