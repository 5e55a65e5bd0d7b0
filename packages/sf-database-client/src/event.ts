import type { Event, EventAgeLimit, EventCountLimit, GetObjectEventsRequest, GetObjectEventsResponse__Output, PruneEventsResponse__Output } from '@sf/proto';
import { databaseServices } from '@sf/proto';
import type { CallOptions, Transport } from './internal/transport.js';

/** Events are idempotent by event_uuid, so a retried batch records nothing twice. */
export class EventClient {
  private readonly s = databaseServices().event;

  constructor(private readonly t: Transport) {}

  async record(events: Event[], options?: CallOptions): Promise<number> {
    return (await this.t.call(this.s.RecordEvents, { events }, 'idempotent', options)).accepted;
  }

  forObject(request: GetObjectEventsRequest, options?: CallOptions): Promise<GetObjectEventsResponse__Output> {
    return this.t.call(this.s.GetObjectEvents, request, 'read', options);
  }

  prune(ageLimits: EventAgeLimit[], countLimits: EventCountLimit[] = [], options?: CallOptions): Promise<PruneEventsResponse__Output> {
    return this.t.call(this.s.PruneEvents, { age_limits: ageLimits, count_limits: countLimits }, 'idempotent', options);
  }
}
