import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseUnavailableError, ValidationError, type Logger } from '@sf/common';
import type { Event } from '@sf/proto';
import type { Sql } from '../internal/sql.js';
import { recordEvents } from '../resources/event.repo.js';
import type { AuditSink } from '../allocator/allocator.js';

export interface AuditOptions {
  /** How often pending events are written. */
  flushMs?: number;
  /** Events per INSERT. */
  batch?: number;
  /** Past this many unwritten events, calls that audit wait (see room). */
  highWater?: number;
  /** How long a call waits for room before it is refused as unavailable. */
  roomTimeoutMs?: number;
  /** Told how many new event rows each write added, for the metrics. */
  written?: (events: number) => void;
}

const DEFAULTS: Required<AuditOptions> = { flushMs: 250, batch: 200, highWater: 20_000, roomTimeoutMs: 5_000, written: () => undefined };
/** Flush attempts at shutdown, a flush interval apart, before what is left is reported lost. */
const CLOSE_ATTEMPTS = 8;

/** Where the allocation service sends its audit events. */
export interface Audit {
  record: AuditSink;
  /** Resolves while the backlog is under the high-water mark; waits for the writer otherwise. */
  room(): Promise<void>;
}

/**
 * The allocator's audit events, written in batches off the call path: an
 * allocation costs one INSERT, not three. A batch MariaDB refuses is kept and
 * written again (the INSERT ignores an event it already has), and past the
 * high-water mark calls wait instead of events being dropped, so an outage
 * or a slow database loses no audit row. What a crash of this process
 * loses is the last flush interval's events.
 */
export class AuditBuffer implements Audit {
  private pending: Event[] = [];
  private failures = 0;
  private readonly options: Required<AuditOptions>;
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly db: Sql,
    private readonly log: Logger,
    private readonly fqdn: string,
    options: AuditOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.timer = setInterval(() => void this.flush(), this.options.flushMs);
    this.timer.unref();
  }

  /** Events recorded and not yet written. */
  get backlog(): number {
    return this.pending.length;
  }

  readonly record: AuditSink = (event) => {
    this.pending.push({
      event_uuid: randomUUID(),
      event_type: 'audit',
      timestamp: Date.now() / 1000,
      fqdn: this.fqdn,
      message: event.message,
      extra_json: JSON.stringify(event.extra),
      objects: [{ object_type: event.owner.type, object_uuid: event.owner.uuid }],
    });
    if (this.pending.length === this.options.batch) void this.flush();
  };

  async room(): Promise<void> {
    const giveUpAt = Date.now() + this.options.roomTimeoutMs;
    while (this.pending.length >= this.options.highWater) {
      const left = giveUpAt - Date.now();
      if (left <= 0) throw new DatabaseUnavailableError(`${this.pending.length} audit events are waiting for MariaDB; try again later`);
      // A flush stuck on a MariaDB that stopped answering must not hold the caller past its limit.
      await Promise.race([this.flush(), sleep(left, undefined, { ref: false })]);
      if (this.pending.length >= this.options.highWater) await sleep(Math.min(this.options.flushMs, Math.max(0, giveUpAt - Date.now())));
    }
  }

  /**
   * Writes what is pending, one flush at a time so batches stay in order;
   * stops at the first batch MariaDB refuses. Callers while a flush runs
   * share it (it writes what they recorded too), so a crowd of waiters
   * for room does not queue a flush each.
   */
  flush(): Promise<void> {
    // Started on the next microtask, never inside record(): an allocation is not held up by a write.
    this.flushing ??= Promise.resolve().then(() => this.writePending());
    return this.flushing;
  }

  private async writePending(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.slice(0, this.options.batch);
        try {
          this.options.written(await recordEvents(this.db, batch));
        } catch (err) {
          if (err instanceof ValidationError) {
            // Not an outage: refused now, refused forever. One at a time, so only the events at fault are lost.
            if (batch.length === 1) this.log.error({ err, message: batch[0]?.message }, 'audit event refused and dropped');
            this.pending.splice(0, batch.length, ...(batch.length > 1 ? await this.writeOneByOne(batch) : []));
            continue;
          }
          this.failures += 1;
          if (this.failures === 1) this.log.warn({ err, backlog: this.pending.length }, 'audit events not written; kept to write again');
          return;
        }
        this.pending.splice(0, batch.length);
        if (this.failures > 0) {
          this.log.info({ failed_flushes: this.failures }, 'audit events written again');
          this.failures = 0;
        }
      }
    } finally {
      // In the same turn as the last look at the backlog: a caller after it starts a flush of its own.
      this.flushing = undefined;
    }
  }

  /** Writes each event of a refused batch alone; answers those MariaDB did not take for another reason, to keep. */
  private async writeOneByOne(batch: readonly Event[]): Promise<Event[]> {
    const keep: Event[] = [];
    for (const event of batch) {
      try {
        this.options.written(await recordEvents(this.db, [event]));
      } catch (err) {
        if (err instanceof ValidationError) this.log.error({ err, message: event.message }, 'audit event refused and dropped');
        else keep.push(event);
      }
    }
    return keep;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    for (let attempt = 0; attempt < CLOSE_ATTEMPTS && this.pending.length > 0; attempt += 1) {
      if (attempt > 0) await sleep(this.options.flushMs);
      await this.flush();
    }
    if (this.pending.length > 0) this.log.error({ lost: this.pending.length }, 'audit events lost at shutdown: MariaDB did not take them');
  }
}
