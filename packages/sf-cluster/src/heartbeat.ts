import type { Notifier } from '@sf/common';
import { monotonic, type Clock } from './clock.js';

/**
 * The systemd watchdog, pinged from the work itself (the main loop, between
 * jobs and between the items of a job, and from a job's work between items:
 * JobRun.pulse), never from a timer: a wedged loop stops pinging and systemd
 * restarts it, while a long pass that is making progress is never killed. At
 * most once per interval systemd asks for.
 */
export class Heartbeat {
  private last = -Infinity;

  constructor(
    private readonly notifier: Pick<Notifier, 'watchdog' | 'watchdogIntervalMs'>,
    private readonly now: Clock = monotonic,
  ) {}

  beat(): void {
    const now = this.now();
    if (now - this.last < this.notifier.watchdogIntervalMs()) return;
    this.last = now;
    this.notifier.watchdog();
  }
}
