import type { Logger } from '@sf/common';
import type { Sql } from '../internal/sql.js';
import { estimateEventRows } from '../resources/event.repo.js';

const REFRESH_EVERY_MS = 60_000;

export interface EventRowsOptions {
  /** Pause between the end of one read and the start of the next. */
  everyMs?: number;
  /** Longest one read may run on MariaDB. */
  timeoutSeconds?: number;
}

/**
 * Keeps the event log's row count (database_events_rows) current: read at
 * start, then everyMs after each read ends. It runs on its own timer, apart
 * from the main loop: a read waits for a pool connection, which a busy tier
 * may not free for a while, and a loop held up by it would stop pinging the
 * watchdog. One read at a time, each bounded on MariaDB; a failed one keeps
 * the last count. stop() waits for a read in flight, so the pool can then
 * be closed under nothing.
 */
export class EventRowsRefresh {
  private timer: NodeJS.Timeout | undefined;
  private reading: Promise<void> | undefined;
  private stopped = false;
  private failures = 0;

  constructor(
    private readonly db: Sql,
    private readonly publish: (rows: number) => void,
    private readonly log: Logger,
    private readonly options: EventRowsOptions = {},
  ) {}

  start(): void {
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.reading;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.reading = this.read().finally(() => {
        this.reading = undefined;
        this.schedule(this.options.everyMs ?? REFRESH_EVERY_MS);
      });
    }, delayMs);
    this.timer.unref();
  }

  private async read(): Promise<void> {
    try {
      this.publish(await estimateEventRows(this.db, this.options.timeoutSeconds));
      if (this.failures > 0) this.log.info({ failed_reads: this.failures }, 'event row count read again');
      this.failures = 0;
    } catch (err) {
      this.failures += 1;
      // Once per run of failures: MariaDB being away is reported by the health check already.
      if (this.failures === 1) this.log.warn({ err }, 'event row count not read; keeping the last one');
    }
  }
}
