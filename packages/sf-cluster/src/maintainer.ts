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

/**
 * How one job's run in one pass ended: `done`, its work for now is done;
 * `cut`, it spent its budget or the lease is no longer surely held (it goes
 * on at the next tick it leads); `stopped`, the daemon is stopping; `failed`,
 * anything else it threw (it is tried again at its interval).
 */
export type JobResult = 'done' | 'cut' | 'stopped' | 'failed';

export interface JobReport {
  result: JobResult;
  /** On the maintainer's clock, from the job's start to its end. */
  seconds: number;
  /** Items the run let the job attempt (JobRun.next answered true). */
  items: number;
  /** Items that failed and were left for a later pass (attemptItem). */
  itemFailures: number;
}

/** Told of each job's run (metrics.ts), so the maintainer does not depend on the metrics. */
export interface JobObserver {
  jobRan(job: string, report: JobReport): void;
}

const UNOBSERVED: JobObserver = { jobRan: () => undefined };

export interface MaintainerOptions {
  /** How often the lease is renewed while a pass works: the main loop's tick. */
  renewEveryMs: number;
  budget?: JobBudget;
  now?: Clock;
  observer?: JobObserver;
}

/** Why a run stopped before its end. */
type Cut = 'budget' | WorkStopped['reason'];

const resultOf = (cut: Cut | undefined): JobResult => (cut === undefined ? 'done' : cut === 'stopping' ? 'stopped' : 'cut');

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
  private readonly observer: JobObserver;

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
    this.observer = options.observer ?? UNOBSERVED;
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
      let failed = false;
      try {
        await job.run(this.port, run);
      } catch (err) {
        if (err instanceof WorkStopped) {
          run.log.warn({ reason: err.reason }, 'maintenance job stopped');
          run.cutFor = err.reason;
        } else {
          run.log.error({ err }, 'maintenance job failed');
          failed = true;
        }
      }
      this.due.set(job.name, run.cutFor === undefined ? started + job.intervalMs : started);
      this.observer.jobRan(job.name, {
        result: failed ? 'failed' : resultOf(run.cutFor),
        seconds: (this.now() - started) / 1000,
        items: run.items,
        itemFailures: run.itemFailures,
      });
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
  items = 0;
  itemFailures = 0;
  /** Why it stopped before its end, if it did: the job goes on at the next tick. */
  cutFor: Cut | undefined;

  constructor(
    readonly log: Logger,
    private readonly started: number,
    private readonly budget: JobBudget,
    private readonly now: Clock,
    private readonly maintainer: Pick<Maintainer, 'keepUp' | 'whyNot' | 'pulse'>,
  ) {}

  async next(): Promise<boolean> {
    if (!(await this.maintainer.keepUp())) {
      // keepUp answered no, so there is a reason, and it cannot go away without a renewal.
      this.cutFor = this.maintainer.whyNot() ?? 'lease';
      this.log.warn({ reason: this.cutFor }, 'maintenance job stopped');
      return false;
    }
    if (this.items >= this.budget.items || this.now() - this.started >= this.budget.ms) {
      this.cutFor = 'budget';
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

  itemFailed(): void {
    this.itemFailures += 1;
  }
}
