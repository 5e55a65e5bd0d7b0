import assert from 'node:assert/strict';
import { DatabaseUnavailableError, ValidationError } from '@sf/common';
import type { Event } from '@sf/proto';
import type { EventClient } from '../../src/event.js';
import { EventWriter } from '../../src/event-writer.js';

/** A stand-in for the tier's RecordEvents: refuses batches holding a bad event, or fails while down. */
function fakeEvents(state: { down: boolean; recorded: Event[] }): EventClient {
  return {
    record: (events: Event[]) => {
      if (state.down) return Promise.reject(new DatabaseUnavailableError('down'));
      if (events.some((e) => e.event_type === 'bad')) return Promise.reject(new ValidationError('event_type is too long'));
      state.recorded.push(...events);
      return Promise.resolve(events.length);
    },
  } as unknown as EventClient;
}

const event = (eventType: string) => ({ eventType, message: eventType, objects: [{ object_type: 'instance', object_uuid: 'x' }] });

describe('event writer', () => {
  it('drops a batch the tier refuses as invalid instead of blocking every event behind it', async () => {
    const state = { down: false, recorded: [] as Event[] };
    const writer = new EventWriter(fakeEvents(state), { batchSize: 1, flushIntervalMs: 60_000 });
    writer.record(event('bad'));
    writer.record(event('good'));
    await writer.close();
    assert.deepEqual(state.recorded.map((e) => e.event_type), ['good']);
    assert.equal(writer.dropped, 1);
  });

  it('keeps a batch while the tier is unavailable (the control)', async () => {
    const state = { down: true, recorded: [] as Event[] };
    const writer = new EventWriter(fakeEvents(state), { batchSize: 10, flushIntervalMs: 60_000 });
    writer.record(event('good'));
    await writer.close();
    assert.equal(writer.pending, 1);
    assert.equal(writer.dropped, 0);
  });
});
