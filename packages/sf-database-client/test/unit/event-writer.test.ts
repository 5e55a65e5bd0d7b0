import assert from 'node:assert/strict';
import { DatabaseUnavailableError, InternalError, ValidationError } from '@sf/common';
import type { Event } from '@sf/proto';
import type { EventClient } from '../../src/event.js';
import { EventWriter } from '../../src/event-writer.js';
import { recordingLog } from '../support/recording-log.js';

interface TierState {
  /** Calls to fail as unavailable before the tier comes back. */
  downFor: number;
  /** Then calls to fail with an internal error whatever they hold (a passing fault of the tier). */
  brokenFor?: number;
  recorded: Event[];
  calls: number;
}

/**
 * A stand-in for the tier's RecordEvents: unavailable for the first downFor
 * calls; like the real one it refuses a whole batch that holds a bad event
 * (ValidationError), and it trips over a poison event every time (InternalError).
 */
function fakeEvents(state: TierState): EventClient {
  return {
    record: (events: Event[]) => {
      state.calls += 1;
      if (state.calls <= state.downFor) return Promise.reject(new DatabaseUnavailableError('down'));
      if (state.calls <= state.downFor + (state.brokenFor ?? 0)) return Promise.reject(new InternalError('hiccup'));
      if (events.some((e) => e.event_type === 'bad')) return Promise.reject(new ValidationError('event_type is too long'));
      if (events.some((e) => e.event_type === 'poison')) return Promise.reject(new InternalError('server bug'));
      state.recorded.push(...events);
      return Promise.resolve(events.length);
    },
  } as unknown as EventClient;
}

const tier = (downFor = 0): TierState => ({ downFor, recorded: [], calls: 0 });
const event = (eventType: string) => ({ eventType, message: eventType, objects: [{ object_type: 'instance', object_uuid: 'x' }] });
const types = (events: Event[]) => events.map((e) => e.event_type);

describe('event writer', () => {
  it('drops only the events the tier refuses as invalid, not the batch they came in', async () => {
    const state = tier();
    const { log, lines } = recordingLog();
    const writer = new EventWriter(fakeEvents(state), { batchSize: 8, flushIntervalMs: 60_000, log });
    for (const type of ['a', 'bad', 'b', 'c', 'd', 'bad', 'e', 'f']) writer.record(event(type));
    await writer.close();
    assert.deepEqual(types(state.recorded), ['a', 'b', 'c', 'd', 'e', 'f']);
    assert.equal(writer.dropped, 2);
    assert.deepEqual(lines.filter((l) => /refused by the tier; dropped/.test(l.msg)).map((l) => l.event_type), ['bad', 'bad']);
  });

  it('keeps a batch while the tier is unavailable (the control)', async () => {
    const state = tier(Infinity);
    const writer = new EventWriter(fakeEvents(state), { batchSize: 10, flushIntervalMs: 60_000, splitAfterFailures: 1 });
    writer.record(event('good'));
    writer.record(event('good'));
    await writer.flush();
    assert.equal(writer.pending, 2);
    assert.equal(writer.dropped, 0);
  });

  it('after repeated failures that are not unavailability, splits the batch and drops only the event that keeps failing', async () => {
    const state = tier();
    const { log, lines } = recordingLog();
    const writer = new EventWriter(fakeEvents(state), { batchSize: 10, flushIntervalMs: 60_000, splitAfterFailures: 2, closeTimeoutMs: 60_000, retryBaseMs: 5, log });
    for (const type of ['a', 'poison', 'b']) writer.record(event(type));
    await writer.flush();
    assert.equal(writer.pending, 3, 'one failure may be passing: the batch is kept');
    assert.equal(writer.dropped, 0);
    await writer.close();
    assert.deepEqual(types(state.recorded), ['a', 'b']);
    assert.equal(writer.dropped, 1);
    assert.deepEqual(lines.filter((l) => /refused by the tier; dropped/.test(l.msg)).map((l) => l.event_type), ['poison']);
  });

  it('a passing internal fault of the tier, long enough to split the batch, drops nothing', async () => {
    const state = { ...tier(), brokenFor: 5 };
    const writer = new EventWriter(fakeEvents(state), { batchSize: 10, flushIntervalMs: 60_000, splitAfterFailures: 2, closeTimeoutMs: 60_000, retryBaseMs: 5 });
    for (const type of ['a', 'b', 'c']) writer.record(event(type));
    await writer.close();
    assert.ok(state.calls > 5, 'control: the fault lasted into the split');
    assert.deepEqual(types(state.recorded), ['a', 'b', 'c']);
    assert.equal(writer.dropped, 0);
  });

  it('on close, sends what a failed flush left once the tier is back', async () => {
    const state = tier(1);
    const writer = new EventWriter(fakeEvents(state), { batchSize: 10, flushIntervalMs: 60_000, closeTimeoutMs: 60_000 });
    writer.record(event('a'));
    writer.record(event('b'));
    const flushing = writer.flush();
    await writer.close();
    await flushing;
    assert.deepEqual(types(state.recorded), ['a', 'b']);
    assert.equal(writer.pending, 0);
    assert.equal(writer.dropped, 0);
  });

  it('on close, counts and logs what could not be sent by the deadline, and drops events recorded after', async () => {
    const state = tier(Infinity);
    const { log, lines } = recordingLog();
    const writer = new EventWriter(fakeEvents(state), { batchSize: 10, flushIntervalMs: 60_000, closeTimeoutMs: 300, log });
    for (const type of ['a', 'b', 'c']) writer.record(event(type));
    await writer.close();
    assert.equal(writer.pending, 0);
    assert.equal(writer.dropped, 3);
    const lost = lines.filter((l) => /lost/.test(l.msg));
    assert.deepEqual(lost.map((l) => [l.level, l.lost]), [['error', 3]]);
    writer.record(event('late'));
    writer.record(event('later'));
    assert.equal(writer.pending, 0);
    assert.equal(writer.dropped, 5);
    assert.equal(lines.filter((l) => /after the event writer closed/.test(l.msg)).length, 1, 'logged once');
    await writer.close();
    assert.equal(state.recorded.length, 0);
  });

  describe('stats, for the metrics', () => {
    it('shows what it holds while the tier is down, counts overflow past the high-water mark, and what close() could not send', async () => {
      const writer = new EventWriter(fakeEvents(tier(Infinity)), { batchSize: 10, flushIntervalMs: 60_000, highWater: 3, closeTimeoutMs: 100 });
      for (const type of ['a', 'b', 'c', 'd', 'e']) writer.record(event(type));
      await writer.flush();
      assert.deepEqual(writer.stats(), { queued: 3, dropped: { refused: 0, given_up: 0, overflow: 2, closed: 0 } });
      await writer.close();
      writer.record(event('late'));
      assert.deepEqual(writer.stats(), { queued: 0, dropped: { refused: 0, given_up: 0, overflow: 2, closed: 4 } }, 'lost at the deadline and recorded after it');
      assert.equal(writer.dropped, 6, 'the total is the sum of the reasons');
    });

    it('counts an event the tier refused apart from one given up after failing alone', async () => {
      const { log, lines } = recordingLog();
      const writer = new EventWriter(fakeEvents(tier()), { batchSize: 10, flushIntervalMs: 60_000, splitAfterFailures: 2, closeTimeoutMs: 60_000, retryBaseMs: 5, log });
      for (const type of ['a', 'bad', 'poison', 'b']) writer.record(event(type));
      assert.equal(writer.stats().queued, 4);
      await writer.close();
      assert.deepEqual(writer.stats(), { queued: 0, dropped: { refused: 1, given_up: 1, overflow: 0, closed: 0 } });
      assert.deepEqual(lines.filter((l) => /dropped/.test(l.msg)).map((l) => [l.event_type, l.reason]), [['bad', 'refused'], ['poison', 'given_up']]);
    });

    it('answers a snapshot, not a view of its counts', async () => {
      const writer = new EventWriter(fakeEvents(tier(Infinity)), { batchSize: 10, flushIntervalMs: 60_000, highWater: 1, closeTimeoutMs: 10 });
      const before = writer.stats();
      writer.record(event('a'));
      writer.record(event('b'));
      assert.deepEqual(before, { queued: 0, dropped: { refused: 0, given_up: 0, overflow: 0, closed: 0 } });
      assert.equal(writer.stats().dropped.overflow, 1);
      await writer.close();
    });
  });
});
