import type { Logger } from '@sf/common';
import type { Job, MaintenancePort } from './jobs.js';
import type { Leadership } from './leadership.js';

/**
 * One pass of the main loop: renew leadership, then run the jobs that are
 * due. A failing job is logged and retried at its next interval; it never
 * stops the loop (and so never the watchdog).
 */
export class Maintainer {
  private readonly due = new Map<string, number>();

  constructor(
    private readonly leadership: Leadership,
    private readonly jobs: readonly Job[],
    private readonly port: MaintenancePort,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async pass(): Promise<void> {
    const wasLeader = this.leadership.isLeader;
    if (!(await this.leadership.renew())) return;
    if (!wasLeader) this.due.clear();
    for (const job of this.jobs) {
      const at = this.due.get(job.name) ?? 0;
      if (this.now() < at) continue;
      this.due.set(job.name, this.now() + job.intervalMs);
      try {
        await job.run(this.port, this.log);
      } catch (err) {
        this.log.error({ err, job: job.name }, 'maintenance job failed');
      }
    }
  }
}
