import assert from 'node:assert/strict';
import { InvalidStateTransitionError, NotFoundError } from '@sf/common';
import type { DatabaseClient } from '@sf/database-client';
import { Purger } from '../../src/purge-deleted.js';

const NOW = 100_000;
const OLD = NOW - 7200;

const held = (what: string) => new InvalidStateTransitionError(`still holds ${what}`, { code: 'SF_ERR_INVALID_STATE_HELD', details: { held: [what] } });

/** Just what the Purger reads and calls, with the tier's answers scripted per object. */
function fakeTier(answers: Record<string, Error | undefined>, options: { queued?: string[]; errored?: Array<{ uuid: string; vxid: number }> } = {}) {
  const calls: string[] = [];
  const purge = (ref: string) => {
    calls.push(ref);
    const answer = answers[ref];
    return answer === undefined ? Promise.resolve({ ok: true }) : Promise.reject(answer);
  };
  const db = {
    instances: {
      list: () => Promise.resolve({ instances: [
        { uuid: 'i-old', namespace: 'a', state_updated: OLD },
        { uuid: 'i-held', namespace: 'a', state_updated: OLD },
        { uuid: 'i-new', namespace: 'a', state_updated: NOW - 60 },
        { uuid: 'i-gone', namespace: 'a', state_updated: OLD },
      ], next_page_token: '' }),
      purge,
      failCreate: (uuid: string) => {
        calls.push(`failCreate ${uuid}`);
        delete answers[uuid];
        return Promise.resolve({});
      },
    },
    networks: {
      list: (filter: { namespace?: string; states?: string[] }) => Promise.resolve({
        networks: filter.states?.includes('error')
          ? (options.errored ?? []).map((n) => ({ ...n, namespace: filter.namespace, state_updated: OLD }))
          : [{ uuid: 'n-vni', namespace: 'a', state_updated: OLD, vxid: 42 }, { uuid: 'n-old', namespace: 'a', state_updated: OLD, vxid: 0 }],
        next_page_token: '',
      }),
      purge,
      transition: (uuid: string, to: string) => {
        calls.push(`${to} ${uuid}`);
        return Promise.resolve({});
      },
    },
    namespaces: {
      list: () => Promise.resolve({ namespaces: [{ name: 'ns-old', state_updated: OLD }], next_page_token: '' }),
      purge,
    },
    operations: {
      everQueued: (_type: string, uuid: string) => Promise.resolve((options.queued ?? []).includes(uuid)),
    },
  };
  return { db: db as unknown as DatabaseClient, calls };
}

describe('purge of deleted objects (sf-cluster)', () => {
  it('asks only for what is older than the delay and names no VNI, instances first; reports what is held', async () => {
    const { db, calls } = fakeTier({ 'i-held': held('operation o-1'), 'i-gone': new NotFoundError('instance i-gone not found') }, { queued: ['i-held'] });
    const outcome = await new Purger(db, 3600).pass(NOW);
    assert.deepEqual(calls, ['i-old', 'i-held', 'i-gone', 'n-old', 'ns-old']);
    assert.deepEqual(outcome.purged.map((p) => p.ref), ['i-old', 'n-old', 'ns-old']);
    assert.deepEqual(outcome.held, [{ objectType: 'instance', ref: 'i-held', namespace: 'a', held: ['operation o-1'] }]);
    assert.equal(outcome.truncated, false);
  });

  it('does not ask about a held object again until its retry time, so held objects cannot starve the rest', async () => {
    const { db, calls } = fakeTier({ 'i-old': held('reservation r-1'), 'i-held': held('reservation r-2') }, { queued: ['i-old', 'i-held'] });
    const purger = new Purger(db, 3600, 2);
    const first = await purger.pass(NOW);
    assert.deepEqual(calls, ['i-old', 'i-held']);
    assert.equal(first.truncated, true);
    assert.deepEqual(first.held.map((h) => h.ref), ['i-old', 'i-held']);
    calls.length = 0;
    const second = await purger.pass(NOW + 300);
    assert.deepEqual(calls, ['i-gone', 'n-old'], 'the next pass goes on with the others');
    assert.equal(second.truncated, true);
    calls.length = 0;
    await purger.pass(NOW + 3601);
    assert.deepEqual(calls, ['i-old', 'i-held'], 'asked again after the retry time');
  });

  it('gives back what a create left on an instance a DELETE had finished (never queued work), then purges it', async () => {
    const { db, calls } = fakeTier({ 'i-held': held('interface nic-1 (initial)') });
    const outcome = await new Purger(db, 3600).pass(NOW);
    assert.deepEqual(calls.slice(0, 4), ['i-old', 'i-held', 'failCreate i-held', 'i-held']);
    assert.ok(outcome.purged.some((p) => p.ref === 'i-held'));
    assert.deepEqual(outcome.held, []);
  });

  it('moves the networks in error of a deleted namespace to deleted when they hold nothing', async () => {
    const errored = [{ uuid: 'n-err', vxid: 0 }, { uuid: 'n-err-vni', vxid: 7 }, { uuid: 'n-err-queued', vxid: 0 }];
    const { db, calls } = fakeTier({ 'ns-old': held('1 networks row(s)') }, { errored, queued: ['n-err-queued'] });
    const outcome = await new Purger(db, 3600).pass(NOW);
    assert.ok(calls.includes('deleted n-err'));
    assert.ok(!calls.includes('deleted n-err-vni') && !calls.includes('deleted n-err-queued'));
    assert.deepEqual(outcome.retired.map((r) => r.ref), ['n-err']);
    assert.deepEqual(outcome.held.map((h) => h.ref), ['ns-old']);
  });

  it('leaves an object the tier finds too recent (clocks apart) for the next pass, and fails the pass on anything else', async () => {
    const recent = new InvalidStateTransitionError('too recent', { code: 'SF_ERR_INVALID_STATE_RECENT' });
    const first = fakeTier({ 'i-old': recent });
    const purger = new Purger(first.db, 3600);
    assert.deepEqual((await purger.pass(NOW)).held, []);
    first.calls.length = 0;
    await purger.pass(NOW + 60);
    assert.equal(first.calls[0], 'i-old', 'not deferred');
    const { db } = fakeTier({ 'i-old': Object.assign(new Error('needs sf-database API revision 4'), { code: 'SF_ERR_UNAVAILABLE_REVISION' }) });
    await assert.rejects(new Purger(db, 3600).pass(NOW), /revision 4/);
  });
});
