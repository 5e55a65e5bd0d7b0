import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { ValidationError, type Logger } from '@sf/common';
import type { Event, EventObject } from '@sf/proto';
import type { EventClient } from './event.js';

export interface EventWriterOptions {
  /** Events sent per RecordEvents call. */
  batchSize?: number;
  /** Longest an event waits in the buffer before a flush. */
  flushIntervalMs?: number;
  /** Events held at most; beyond it new events are dropped and counted, never blocking the caller. */
  highWater?: number;
  fqdn?: string;
  log?: Logger;
}

export interface NewEvent {
  eventType: string;
  message: string;
  objects: EventObject[];
  duration?: number;
  extra?: Record<string, unknown>;
  requestId?: string;
}

const MAX_BACKOFF_MS = 30_000;

/**
 * The daemon side of the event log: `record` appends to an in-memory
 * buffer and returns at once; a timer sends batches with RecordEvents.
 * A failed batch stays at the head of the buffer and is retried with
 * backoff (duplicates are ignored server side, so a batch that did land
 * is harmless to resend). Shaken Fist spools to sqlite to survive a
 * crash; this buffer does not, which is the trade for staying dependency free.
 */
export class EventWriter {
  private readonly buffer: Event[] = [];
  private readonly batchSize: number;
  private readonly highWater: number;
  private readonly fqdn: string;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private failures = 0;
  private nextAttempt = 0;
  dropped = 0;

  constructor(
    private readonly events: EventClient,
    private readonly options: EventWriterOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 100;
    this.highWater = options.highWater ?? 100_000;
    this.fqdn = options.fqdn ?? hostname();
    this.timer = setInterval(() => void this.flush(), options.flushIntervalMs ?? 1000);
    this.timer.unref();
  }

  /** Never blocks and never throws: events are telemetry, not control flow. */
  record(event: NewEvent): void {
    if (this.buffer.length >= this.highWater) {
      this.dropped += 1;
      return;
    }
    this.buffer.push({
      event_uuid: randomUUID(),
      event_type: event.eventType,
      timestamp: Date.now() / 1000,
      fqdn: this.fqdn,
      duration: event.duration ?? 0,
      message: event.message,
      extra_json: event.extra === undefined ? '' : JSON.stringify(event.extra),
      request_id: event.requestId ?? '',
      objects: event.objects,
    });
    if (this.buffer.length >= this.batchSize) void this.flush();
  }

  get pending(): number {
    return this.buffer.length;
  }

  /** Sends what is buffered, one batch at a time; concurrent calls share the same run. */
  flush(): Promise<void> {
    this.inFlight ??= this.drain().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async drain(): Promise<void> {
    while (this.buffer.length > 0 && Date.now() >= this.nextAttempt) {
      const batch = this.buffer.slice(0, this.batchSize);
      try {
        await this.events.record(batch);
        this.buffer.splice(0, batch.length);
        this.failures = 0;
        this.nextAttempt = 0;
      } catch (err) {
        if (err instanceof ValidationError) {
          // The tier refused the batch itself: sending it again can never work, and holding
          // it would block every event behind it.
          this.buffer.splice(0, batch.length);
          this.dropped += batch.length;
          this.options.log?.error({ err, events: batch.length }, 'event batch refused as invalid; dropped');
          continue;
        }
        this.failures += 1;
        this.nextAttempt = Date.now() + Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.failures);
        this.options.log?.warn({ err, pending: this.buffer.length }, 'event batch not recorded; will retry');
        return;
      }
    }
  }

  /** Stops the timer and tries once to send what is left. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.nextAttempt = 0;
    await this.flush();
  }
}
