import type { EventServiceHandlers } from '@sf/proto';
import { getObjectEvents, pruneEvents, recordEvents } from '../resources/event.repo.js';
import { unary, type RpcRuntime } from '../server/unary.js';

/** RecordEvents is idempotent by event_uuid (duplicates are ignored), so a retried batch needs no key. */
export function eventService(rt: RpcRuntime): EventServiceHandlers {
  const { eventsInserted, eventsPruned } = rt.metrics;
  return {
    RecordEvents: unary(rt, 'RecordEvents', 'write', async (req, { db }) => {
      eventsInserted.inc(await recordEvents(db, req.events));
      return { accepted: req.events.length };
    }),
    GetObjectEvents: unary(rt, 'GetObjectEvents', 'read', (req, { db }) => getObjectEvents(db, req)),
    PruneEvents: unary(rt, 'PruneEvents', 'write', (req, { db }) => pruneEvents(db, req.age_limits, req.count_limits, (events) => eventsPruned.inc(events))),
  };
}
