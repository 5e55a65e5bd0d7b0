import type { Logger } from '@sf/common';
import { abortsJob } from './refusal.js';

/** What a job sees of the pass running it. */
export interface JobRun {
  /** The job's logger: what a job does is logged as it does it, so work done is on record even if the job fails later. */
  readonly log: Logger;
  /**
   * Asked before each item: true to go on. Between items it pings the
   * watchdog and renews the lease when they are due. False once the lease is
   * no longer surely held, the daemon is stopping, or the job has spent its
   * budget for this pass (it then runs again at the next tick).
   */
  next(): Promise<boolean>;
  /** Asked before each further write of an item: throws WorkStopped unless the lease is still surely held and no stop was asked. */
  assertLeading(): void;
  /**
   * Pings the watchdog when due. For work that goes on between items: each
   * page a job reads (its items may all be skipped), each call of an item
   * that loops over many objects. A job is killed by systemd only when it
   * stops making calls.
   */
  pulse(): void;
  /** An item failed and was left for a later pass (attemptItem): counted, so a job failing item after item shows in the metrics. */
  itemFailed(): void;
}

/**
 * One item of a job. Its failure is logged and the job goes on with the
 * next, unless every other item would fail the same way (the tier is
 * unreachable or too old) or the work must stop: then the job stops.
 */
export async function attemptItem(run: JobRun, fields: Record<string, unknown>, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    if (abortsJob(err)) throw err;
    run.itemFailed();
    run.log.error({ err, ...fields }, 'maintenance of one object failed; it is left for a later pass');
  }
}
