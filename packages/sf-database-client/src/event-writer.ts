import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseUnavailableError, ValidationError, type Logger } from '@sf/common';
import type { Event, EventObject } from '@sf/proto';
import type { EventClient } from './event.js';
import type { CallOptions } from './internal/transport.js';

export interface EventWriterOptions {
  /** Events sent per RecordEvents call. */
  batchSize?: number;
  /** Longest an event waits in the buffer before a flush. */
  flushIntervalMs?: number;
  /** Events held at most; beyond it new events are dropped and counted, never blocking the caller. */
  highWater?: number;
  /**
   * Failures in a row of the batch at the head of the buffer, with an error
   * other than the tier being unavailable, after which the batch is split and
   * the events that still fail alone are dropped: such an error comes back
   * every time and would hold every event behind it for ever. An event is
   * dropped for such an error only once it has failed alone this many times
   * too, so a passing fault of the tier costs backoff, not events.
   */
  splitAfterFailures?: number;
  /** How long close() keeps sending what is left before counting it lost. */
  closeTimeoutMs?: number;
  /** The pause after the n-th failure in a row is this times 2^n, at most 30 s. */
  retryBaseMs?: number;
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

/**
 * Why an event was dropped: the tier refused it for what it holds; it kept
 * failing alone with another error and was given up; the buffer was at its
 * high-water mark; or close() came first (not sent by its deadline, or
 * recorded after it).
 */
export const EVENT_DROP_REASONS = ['refused', 'given_up', 'overflow', 'closed'] as const;
export type EventDropReason = (typeof EVENT_DROP_REASONS)[number];

/** What a writer shows of itself, for its daemon's metrics. */
export interface EventWriterStats {
  /** Events held, not yet recorded by the tier (a batch in flight included). */
  queued: number;
  /** Events dropped since the writer was made, by reason; they only grow. */
  dropped: Readonly<Record<EventDropReason, number>>;
}

const MAX_BACKOFF_MS = 30_000;

/** The tier is down, busy or out of time: nothing is wrong with the events, so they wait. */
const unavailable = (err: unknown): boolean => err instanceof DatabaseUnavailableError;

/**
 * The daemon side of the event log: `record` appends to an in-memory
 * buffer and returns at once; a timer sends batches with RecordEvents.
 * A batch that fails while the tier is unavailable stays at the head of the
 * buffer and is retried with backoff (duplicates are ignored server side, so
 * a batch that did land is harmless to resend). A batch refused for what it
 * holds is split until the events at fault are alone, and only those are
 * dropped. Shaken Fist spools to sqlite to survive a crash; this buffer does
 * not, which is the trade for staying dependency free.
 */
export class EventWriter {
  private readonly buffer: Event[] = [];
  private readonly batchSize: number;
  private readonly highWater: number;
  private readonly splitAfterFailures: number;
  private readonly closeTimeoutMs: number;
  private readonly fqdn: string;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private closing: Promise<void> | undefined;
  /** Set by close(): calls are cut to it, and what is left then is lost. */
  private closeBy: number | undefined;
  private droppedAfterCloseLogged = false;
  private failures = 0;
  /** Failures of the head batch other than unavailability since the head last moved. */
  private refusals = 0;
  /** The event that failed alone with an error other than a refusal of its content, and how often. */
  private soloFailures: { eventUuid: string; count: number } | undefined;
  private nextAttempt = 0;
  private readonly drops: Record<EventDropReason, number> = { refused: 0, given_up: 0, overflow: 0, closed: 0 };

  constructor(
    private readonly events: EventClient,
    private readonly options: EventWriterOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 100;
    this.highWater = options.highWater ?? 100_000;
    this.splitAfterFailures = options.splitAfterFailures ?? 5;
    this.closeTimeoutMs = options.closeTimeoutMs ?? 3_000;
    this.fqdn = options.fqdn ?? hostname();
    this.timer = setInterval(() => void this.flush(), options.flushIntervalMs ?? 1000);
    this.timer.unref();
  }

  /** Never blocks and never throws: events are telemetry, not control flow. */
  record(event: NewEvent): void {
    if (this.closeBy !== undefined) {
      this.drops.closed += 1;
      if (!this.droppedAfterCloseLogged) {
        this.droppedAfterCloseLogged = true;
        this.options.log?.warn({ event_type: event.eventType }, 'event recorded after the event writer closed; dropped, as are any later ones');
      }
      return;
    }
    if (this.buffer.length >= this.highWater) {
      this.drops.overflow += 1;
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

  /** Every event dropped so far, whatever the reason. */
  get dropped(): number {
    return EVENT_DROP_REASONS.reduce((sum, reason) => sum + this.drops[reason], 0);
  }

  /** A snapshot: cheap enough to take at every metrics scrape. */
  stats(): EventWriterStats {
    return { queued: this.buffer.length, dropped: { ...this.drops } };
  }

  /** Sends what is buffered, one batch at a time; concurrent calls share the same run. */
  flush(): Promise<void> {
    this.inFlight ??= this.drain().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async drain(): Promise<void> {
    while (this.buffer.length > 0 && Date.now() >= this.nextAttempt && !this.pastCloseDeadline()) {
      const err = await this.send(this.buffer.slice(0, this.batchSize), this.refusals >= this.splitAfterFailures);
      if (err === undefined) continue;
      if (!unavailable(err)) this.refusals += 1;
      this.failures += 1;
      this.nextAttempt = Date.now() + Math.min(MAX_BACKOFF_MS, (this.options.retryBaseMs ?? 250) * 2 ** this.failures);
      this.options.log?.warn({ err, pending: this.buffer.length, failures: this.failures }, 'event batch not recorded; will retry');
      return;
    }
  }

  /**
   * Sends events from the head of the buffer, taking them off as they are
   * recorded or dropped. A piece refused for what it holds (a ValidationError,
   * or with isolate any error but unavailability) is split in halves until
   * the events at fault are alone. Returns the error that stopped it, with
   * what was not sent still at the head.
   */
  private async send(piece: Event[], isolate: boolean): Promise<unknown> {
    try {
      await this.events.record(piece, this.callOptions());
      this.buffer.splice(0, piece.length);
      this.failures = 0;
      this.refusals = 0;
      this.nextAttempt = 0;
      return undefined;
    } catch (err) {
      if (!(err instanceof ValidationError || (isolate && !unavailable(err)))) return err;
      const [only] = piece;
      if (piece.length === 1 && only !== undefined) {
        if (!(err instanceof ValidationError) && !this.failedAloneEnough(only.event_uuid ?? '')) return err;
        const reason = err instanceof ValidationError ? 'refused' : 'given_up';
        this.soloFailures = undefined;
        this.buffer.splice(0, 1);
        this.drops[reason] += 1;
        this.refusals = 0;
        this.options.log?.error({ err, reason, event_uuid: only.event_uuid, event_type: only.event_type }, 'event refused by the tier; dropped');
        return undefined;
      }
      const half = Math.ceil(piece.length / 2);
      return (await this.send(piece.slice(0, half), isolate)) ?? (await this.send(piece.slice(half), isolate));
    }
  }

  private failedAloneEnough(eventUuid: string): boolean {
    const count = this.soloFailures?.eventUuid === eventUuid ? this.soloFailures.count + 1 : 1;
    this.soloFailures = { eventUuid, count };
    return count >= this.splitAfterFailures;
  }

  /** While closing, a call gets only the time left before the close deadline. */
  private callOptions(): CallOptions | undefined {
    return this.closeBy === undefined ? undefined : { deadlineMs: Math.max(1, this.closeBy - Date.now()) };
  }

  private pastCloseDeadline(): boolean {
    return this.closeBy !== undefined && Date.now() >= this.closeBy;
  }

  /**
   * Stops the timer and keeps sending what is left, with the usual backoff
   * between tries, until it is all sent or closeTimeoutMs has passed (a call
   * already in flight when close was called runs to its own deadline). What
   * is left then is lost: counted in dropped (as closed) and logged. Events
   * recorded from now on are dropped too.
   */
  close(): Promise<void> {
    this.closing ??= this.finish();
    return this.closing;
  }

  private async finish(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.closeBy = Date.now() + this.closeTimeoutMs;
    this.nextAttempt = 0;
    for (;;) {
      await this.flush();
      const now = Date.now();
      if (this.buffer.length === 0 || now >= this.closeBy) break;
      await sleep(Math.max(0, Math.min(this.nextAttempt, this.closeBy) - now));
    }
    const lost = this.buffer.splice(0).length;
    if (lost === 0) return;
    this.drops.closed += lost;
    this.options.log?.error({ lost, dropped: this.dropped, close_timeout_ms: this.closeTimeoutMs }, 'events not recorded by the close deadline; lost');
  }
}
