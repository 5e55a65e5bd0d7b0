import assert from 'node:assert/strict';
import { InvalidStateTransitionError, NotFoundError } from '@sf/common';
import type { DatabaseClient } from '@sf/database-client';
import { purgeDeleted } from '../../src/purge-deleted.js';

const NOW = 100_000;

/** Just what purgeDeleted reads and calls, with the tier's answers scripted per object. */
function fakeTier(answers: Record<string, Error | undefined>) {
  const calls: string[] = [];
  const purge = (ref: string) => {
    calls.push(ref);
    const answer = answers[ref];
    return answer === undefined ? Promise.resolve({ ok: true }) : Promise.reject(answer);
  };
  const db = {
    instances: {
      list: () => Promise.resolve({ instances: [
        { uuid: 'i-old', namespace: 'a', state_updated: NOW - 7200 },
        { uuid: 'i-held', namespace: 'a', state_updated: NOW - 7200 },
        { uuid: 'i-new', namespace: 'a', state_updated: NOW - 60 },
        { uuid: 'i-gone', namespace: 'a', state_updated: NOW - 7200 },
      ], next_page_token: '' }),
      purge,
    },
    networks: {
      list: () => Promise.resolve({ networks: [
        { uuid: 'n-vni', namespace: 'a', state_updated: NOW - 7200, vxid: 42 },
        { uuid: 'n-old', namespace: 'a', state_updated: NOW - 7200, vxid: 0 },
      ], next_page_token: '' }),
      purge,
    },
    namespaces: {
      list: () => Promise.resolve({ namespaces: [{ name: 'ns-old', state_updated: NOW - 7200 }], next_page_token: '' }),
      purge,
    },
  };
  return { db: db as unknown as DatabaseClient, calls };
}

describe('purge of deleted objects (sf-cluster)', () => {
  const held = new InvalidStateTransitionError('instance i-held still holds reservation r-1', { code: 'SF_ERR_INVALID_STATE_HELD', details: { held: ['reservation r-1'] } });

  it('asks only for what is older than the delay and does not name a VNI, instances first; reports what is held', async () => {
    const { db, calls } = fakeTier({ 'i-held': held, 'i-gone': new NotFoundError('instance i-gone not found') });
    const outcome = await purgeDeleted(db, 3600, 1000, NOW);
    assert.deepEqual(calls, ['i-old', 'i-held', 'i-gone', 'n-old', 'ns-old']);
    assert.deepEqual(outcome.purged.map((p) => p.ref), ['i-old', 'n-old', 'ns-old']);
    assert.deepEqual(outcome.held, [{ objectType: 'instance', ref: 'i-held', namespace: 'a', held: ['reservation r-1'] }]);
    assert.equal(outcome.truncated, false);
  });

  it('leaves an object the tier finds too recent (clocks apart) for a later pass, and stops at its budget', async () => {
    const recent = new InvalidStateTransitionError('too recent', { code: 'SF_ERR_INVALID_STATE_RECENT' });
    const { db, calls } = fakeTier({ 'i-old': recent });
    const outcome = await purgeDeleted(db, 3600, 2, NOW);
    assert.deepEqual(calls, ['i-old', 'i-held']);
    assert.deepEqual(outcome.purged.map((p) => p.ref), ['i-held']);
    assert.equal(outcome.truncated, true);
  });

  it('fails the pass on anything else, such as a tier too old to purge safely', async () => {
    const { db } = fakeTier({ 'i-old': Object.assign(new Error('needs sf-database API revision 4'), { code: 'SF_ERR_UNAVAILABLE_REVISION' }) });
    await assert.rejects(purgeDeleted(db, 3600, 1000, NOW), /revision 4/);
  });
});
