import assert from 'node:assert/strict';
import { DatabaseUnavailableError, InternalError, InvalidStateTransitionError, NotFoundError } from '@sf/common';
import type { DatabaseClient } from '@sf/database-client';
import { Purger } from '../../src/purge-deleted.js';
import { FakeRun } from '../support/fakes.js';

const DELAY = 3600;

const held = (what: string) => new InvalidStateTransitionError(`still holds ${what}`, { code: 'SF_ERR_INVALID_STATE_HELD', details: { held: [what] } });

interface Row {
  uuid?: string;
  name?: string;
  namespace?: string;
  vxid?: number;
  /** Seconds since its state changed, by the database's clock: the fake tier filters on it as the real one does. */
  age: number;
}

/** Just what the Purger reads and calls, with the tier's answers scripted per object. */
function fakeTier(answers: Record<string, Error | undefined>, options: { queued?: string[]; errored?: Array<{ uuid: string; vxid: number }>; instances?: Row[]; networks?: Row[]; namespaces?: Row[]; onPurge?: (ref: string) => void } = {}) {
  const calls: string[] = [];
  const asked: Array<{ what: string; min_state_age_seconds?: number }> = [];
  const purge = (ref: string) => {
    calls.push(ref);
    options.onPurge?.(ref);
    const answer = answers[ref];
    return answer === undefined ? Promise.resolve({ ok: true }) : Promise.reject(answer);
  };
  const old = (rows: Row[], filter: { min_state_age_seconds?: number }) => rows.filter((r) => r.age >= (filter.min_state_age_seconds ?? 0));
  const instances = options.instances ?? [
    { uuid: 'i-old', namespace: 'a', age: 7200 },
    { uuid: 'i-held', namespace: 'a', age: 7200 },
    { uuid: 'i-new', namespace: 'a', age: 60 },
    { uuid: 'i-gone', namespace: 'a', age: 7200 },
  ];
  const networks = options.networks ?? [{ uuid: 'n-vni', namespace: 'a', age: 7200, vxid: 42 }, { uuid: 'n-old', namespace: 'a', age: 7200, vxid: 0 }];
  const namespaces = options.namespaces ?? [{ name: 'ns-old', age: 7200 }];
  const db = {
    instances: {
      list: (filter: { min_state_age_seconds?: number }) => {
        asked.push({ what: 'instances', ...filter });
        return Promise.resolve({ instances: old(instances, filter), next_page_token: '' });
      },
      purge,
      failCreate: (uuid: string) => {
        calls.push(`failCreate ${uuid}`);
        delete answers[uuid];
        return Promise.resolve({});
      },
    },
    networks: {
      list: (filter: { namespace?: string; states?: string[]; min_state_age_seconds?: number }) => {
        if (filter.states?.includes('error')) {
          return Promise.resolve({ networks: (options.errored ?? []).map((n) => ({ ...n, namespace: filter.namespace })), next_page_token: '' });
        }
        asked.push({ what: 'networks', ...filter });
        return Promise.resolve({ networks: old(networks, filter), next_page_token: '' });
      },
      purge,
      transition: (uuid: string, to: string) => {
        calls.push(`${to} ${uuid}`);
        return Promise.resolve({});
      },
    },
    namespaces: {
      list: (filter: { min_state_age_seconds?: number }) => {
        asked.push({ what: 'namespaces', ...filter });
        return Promise.resolve({ namespaces: old(namespaces, filter), next_page_token: '' });
      },
      purge,
    },
    operations: {
      everQueued: (_type: string, uuid: string) => Promise.resolve((options.queued ?? []).includes(uuid)),
    },
  };
  return { db: db as unknown as DatabaseClient, calls, asked };
}

describe('purge of deleted objects (sf-cluster)', () => {
  it('asks the tier only for what is older than the delay by its clock, instances first, none naming a VNI; logs each purge and each held object', async () => {
    const { db, calls, asked } = fakeTier({ 'i-held': held('operation o-1'), 'i-gone': new NotFoundError('instance i-gone not found') }, { queued: ['i-held'] });
    const run = new FakeRun();
    await new Purger(db, DELAY).pass(run);
    assert.deepEqual(asked.map((a) => [a.what, a.min_state_age_seconds]), [['instances', DELAY], ['networks', DELAY], ['namespaces', DELAY]]);
    assert.deepEqual(calls, ['i-old', 'i-held', 'i-gone', 'n-old', 'ns-old']);
    assert.deepEqual(run.logged('purged a deleted object').map((r) => r.object_ref), ['i-old', 'n-old', 'ns-old']);
    assert.deepEqual(run.logged('a deleted instance still holds resources; not purged').map((r) => [r.object_ref, r.held]), [['i-held', ['operation o-1']]]);
  });

  it('does not ask about a held object again until its retry time, on a clock that only moves forward', async () => {
    let clock = 0;
    const { db, calls } = fakeTier({ 'i-old': held('reservation r-1'), 'i-held': held('reservation r-2') }, { queued: ['i-old', 'i-held'] });
    const purger = new Purger(db, DELAY, () => clock);
    await purger.pass(new FakeRun(2));
    assert.deepEqual(calls, ['i-old', 'i-held']);
    calls.length = 0;
    clock = 300_000;
    await purger.pass(new FakeRun(2));
    assert.deepEqual(calls, ['n-old', 'ns-old'], 'the next pass goes on with the others');
    calls.length = 0;
    clock = DELAY * 1000 + 1;
    await purger.pass(new FakeRun());
    assert.ok(calls.includes('i-old') && calls.includes('i-held'), 'asked again after the retry time');
  });

  it('gives back what a create left on an instance a DELETE had finished (never queued work), then purges it', async () => {
    const { db, calls } = fakeTier({ 'i-held': held('interface nic-1 (initial)') });
    const run = new FakeRun();
    await new Purger(db, DELAY).pass(run);
    assert.deepEqual(calls.slice(0, 4), ['i-old', 'i-held', 'failCreate i-held', 'i-held']);
    assert.ok(run.logged('purged a deleted object').some((r) => r.object_ref === 'i-held'));
    assert.deepEqual(run.logged('a deleted instance still holds resources; not purged'), []);
  });

  it('moves the networks in error of a deleted namespace to deleted when they hold nothing', async () => {
    const errored = [{ uuid: 'n-err', vxid: 0 }, { uuid: 'n-err-vni', vxid: 7 }, { uuid: 'n-err-queued', vxid: 0 }];
    const { db, calls } = fakeTier({ 'ns-old': held('1 networks row(s)') }, { errored, queued: ['n-err-queued'] });
    const run = new FakeRun();
    await new Purger(db, DELAY).pass(run);
    assert.ok(calls.includes('deleted n-err'));
    assert.ok(!calls.includes('deleted n-err-vni') && !calls.includes('deleted n-err-queued'));
    assert.deepEqual(run.logged('moved a network in error of a deleted namespace to deleted').map((r) => r.object_ref), ['n-err']);
    assert.deepEqual(run.logged('a deleted namespace still has objects; not purged').map((r) => r.object_ref), ['ns-old']);
  });

  it('pulses the watchdog for each page it reads and each network of a namespace it goes through, though none is an item', async () => {
    const errored = Array.from({ length: 5 }, (_, i) => ({ uuid: `n-err-${i}`, vxid: 0 }));
    const { db } = fakeTier({ 'ns-old': held('5 networks row(s)') }, { errored });
    const run = new FakeRun();
    const purger = new Purger(db, DELAY);
    await purger.pass(run);
    // Three kinds' pages, the namespace's page of networks in error, and its five networks.
    assert.equal(run.pulses, 3 + 1 + 5);
    // Deferred now, the namespace is skipped without an item; reading its page still pulses.
    const again = new FakeRun();
    await purger.pass(again);
    assert.equal(again.pulses, 3);
    assert.equal(again.items, 4, 'the three old instances and the network (the fake lists them again), not the deferred namespace');
  });

  it('leaves what the tier finds too recent for a later pass; one object failing is logged and the others are still purged', async () => {
    const recent = new InvalidStateTransitionError('too recent', { code: 'SF_ERR_INVALID_STATE_RECENT' });
    const { db, calls } = fakeTier({ 'i-old': recent, 'i-held': new InternalError('database error: boom') });
    const run = new FakeRun();
    await new Purger(db, DELAY).pass(run);
    assert.deepEqual(calls, ['i-old', 'i-held', 'i-gone', 'n-old', 'ns-old'], 'the rest went on');
    assert.deepEqual(run.logged('maintenance of one object failed; it is left for a later pass').map((r) => r.object_ref), ['i-held']);
    assert.equal(run.itemFailures, 1, 'counted for the metrics; the one found too recent is not');
    assert.deepEqual(run.logged('purged a deleted object').map((r) => r.object_ref), ['i-gone', 'n-old', 'ns-old']);
  });

  it('stops the job when the tier is unreachable or too old, keeping the log of what it purged before', async () => {
    const tooOld = new DatabaseUnavailableError('needs sf-database API revision 7', { code: 'SF_ERR_UNAVAILABLE_REVISION' });
    const { db, calls } = fakeTier({ 'i-held': tooOld });
    const run = new FakeRun();
    await assert.rejects(new Purger(db, DELAY).pass(run), /revision 7/);
    assert.deepEqual(calls, ['i-old', 'i-held']);
    assert.deepEqual(run.logged('purged a deleted object').map((r) => r.object_ref), ['i-old'], 'logged when it happened');
    const conflict = fakeTier({ 'i-old': new DatabaseUnavailableError('concurrent update, try again', { code: 'SF_ERR_UNAVAILABLE_CONFLICT' }) });
    await new Purger(conflict.db, DELAY).pass(new FakeRun());
    assert.equal(conflict.calls.length, 5, 'a conflict on one object is that object\'s');
  });

  it('a pass stopped at its budget goes on at the kind after, so networks and namespaces do not starve behind instances', async () => {
    const instances = Array.from({ length: 5 }, (_, i) => ({ uuid: `i-${i}`, namespace: 'a', age: 7200 }));
    const { db, calls } = fakeTier({}, { instances });
    const purger = new Purger(db, DELAY);
    await purger.pass(new FakeRun(3));
    assert.deepEqual(calls, ['i-0', 'i-1', 'i-2']);
    calls.length = 0;
    await purger.pass(new FakeRun(3));
    assert.deepEqual(calls, ['n-old', 'ns-old', 'i-0'], 'networks and namespaces first this time');
  });

  it('stops between objects, and between the writes of one, once the lease is no longer surely held', async () => {
    const run = new FakeRun();
    const { db, calls } = fakeTier({ 'i-held': held('interface nic-1 (initial)') }, { onPurge: (ref) => { if (ref === 'i-held') run.leading = false; } });
    await assert.rejects(new Purger(db, DELAY).pass(run), /no longer surely held/);
    assert.deepEqual(calls, ['i-old', 'i-held'], 'no failCreate and no further purge once the lease was lost');
  });
});
