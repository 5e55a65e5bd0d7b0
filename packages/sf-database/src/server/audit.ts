import { randomUUID } from 'node:crypto';
import type { Logger } from '@sf/common';
import type { Event } from '@sf/proto';
import type { Sql } from '../internal/sql.js';
import { recordEvents } from '../resources/event.repo.js';
import type { AuditSink } from '../allocator/allocator.js';

const FLUSH_MS = 250;
const BATCH = 200;
/** Past this many unsent events new ones are dropped (and counted): auditing never blocks an allocation. */
const HIGH_WATER = 20_000;

/**
 * The allocator's audit events, written in batches off the call path: an
 * allocation costs one INSERT, not three. A crash can lose the last quarter
 * second of audit rows, never an allocation.
 */
export class AuditBuffer {
  private pending: Event[] = [];
  private dropped = 0;
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Sql,
    private readonly log: Logger,
    private readonly fqdn: string,
  ) {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  readonly sink: AuditSink = (event) => {
    if (this.pending.length >= HIGH_WATER) {
      this.dropped += 1;
      return;
    }
    this.pending.push({
      event_uuid: randomUUID(),
      event_type: 'audit',
      timestamp: Date.now() / 1000,
      fqdn: this.fqdn,
      message: event.message,
      extra_json: JSON.stringify(event.extra),
      objects: [{ object_type: event.owner.type, object_uuid: event.owner.uuid }],
    });
    if (this.pending.length >= BATCH) void this.flush();
  };

  /** Sends what is pending; one flush at a time, so batches stay in order. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.dropped > 0) {
        this.log.warn({ dropped: this.dropped }, 'audit events dropped over the high-water mark');
        this.dropped = 0;
      }
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, BATCH);
        await recordEvents(this.db, batch).catch((err: unknown) => this.log.warn({ err, events: batch.length }, 'audit events lost'));
      }
    });
    return this.flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
