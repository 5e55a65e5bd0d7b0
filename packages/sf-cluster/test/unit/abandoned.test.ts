import assert from 'node:assert/strict';
import { DatabaseUnavailableError, InternalError, InvalidStateTransitionError } from '@sf/common';
import type { DatabaseClient, EnqueueOperationRequest } from '@sf/database-client';
import { failAbandonedCreates } from '../../src/abandoned-creates.js';
import { AbandonedDeletes } from '../../src/abandoned-deletes.js';
import { FakeRun } from '../support/fakes.js';

const AGE = 600;

interface Row {
  uuid: string;
  namespace: string;
  state: string;
  node?: string;
  vxid?: number;
}

/** What the abandoned-create and abandoned-delete jobs read and call, with the tier's answers scripted per object. */
function fakeTier(rows: { instances?: Row[]; networks?: Row[] }, answers: Record<string, Error> = {}, liveInterfaces: string[] = []) {
  const lists: Array<Record<string, unknown>> = [];
  const calls: string[] = [];
  const enqueued: EnqueueOperationRequest[] = [];
  const answer = <T>(uuid: string, value: T): Promise<T> => {
    const err = answers[uuid];
    return err === undefined ? Promise.resolve(value) : Promise.reject(err);
  };
  const list = (what: 'instances' | 'networks') => (filter: { states?: string[]; holds_vni?: boolean }) => {
    lists.push({ what, ...filter, page: undefined });
    const listed = (rows[what] ?? []).filter((r) => filter.states?.includes(r.state) && (filter.holds_vni !== true || (r.vxid ?? 0) !== 0));
    return Promise.resolve({ [what]: listed, next_page_token: '' });
  };
  const db = {
    instances: {
      list: list('instances'),
      failCreate: (uuid: string, more: { minAgeSeconds?: number }) => {
        calls.push(`fail instance ${uuid} ${more.minAgeSeconds ?? 0}`);
        return answer(uuid, { uuid, state: 'error' });
      },
    },
    networks: {
      list: list('networks'),
      failCreate: (uuid: string, more: { minAgeSeconds?: number }) => {
        calls.push(`fail network ${uuid} ${more.minAgeSeconds ?? 0}`);
        return answer(uuid, { uuid, state: 'error' });
      },
    },
    networkInterfaces: {
      list: (filter: { network_uuid: string }) => {
        calls.push(`interfaces ${filter.network_uuid}`);
        return Promise.resolve({ network_interfaces: liveInterfaces.includes(filter.network_uuid) ? [{ uuid: 'nic' }] : [] });
      },
    },
    operations: {
      enqueue: (request: EnqueueOperationRequest) => {
        const uuid = request.targets?.[0]?.object_uuid ?? '';
        calls.push(`enqueue ${request.operation_type ?? ''} ${uuid}`);
        enqueued.push(request);
        return answer(uuid, { coalesced: false });
      },
    },
  };
  return { db: db as unknown as DatabaseClient, lists, calls, enqueued };
}

const moved = () => new InvalidStateTransitionError('instance is deleted; this work is queued only while it is delete-wait', { details: { current_state: 'deleted' } });

describe('abandoned creates (sf-cluster)', () => {
  it('asks the tier only for creates never queued and older than the age by its clock, and fails each with that age checked again under its lock', async () => {
    const { db, lists, calls } = fakeTier({
      instances: [{ uuid: 'i-1', namespace: 'a', state: 'initial' }],
      networks: [{ uuid: 'n-1', namespace: 'a', state: 'initial', vxid: 9 }, { uuid: 'n-failed', namespace: 'a', state: 'error', vxid: 0 }, { uuid: 'n-half', namespace: 'a', state: 'error', vxid: 7 }],
    });
    const run = new FakeRun();
    await failAbandonedCreates(db, AGE, run);
    assert.deepEqual(lists, [
      { what: 'instances', min_state_age_seconds: AGE, never_queued: true, states: ['initial'], page: undefined },
      { what: 'networks', min_state_age_seconds: AGE, never_queued: true, states: ['initial'], page: undefined },
      { what: 'networks', min_state_age_seconds: AGE, never_queued: true, states: ['error'], holds_vni: true, page: undefined },
    ]);
    assert.deepEqual(calls, [`fail instance i-1 ${AGE}`, `fail network n-1 ${AGE}`, `fail network n-half ${AGE}`], 'a failed create without a VNI is finished');
    assert.deepEqual(run.logged('failed a create its sf-api abandoned').map((r) => [r.object_type, r.object_uuid]), [['instance', 'i-1'], ['network', 'n-1'], ['network', 'n-half']]);
  });

  it('leaves a create that moved on meanwhile, logs one that fails and goes on, and stops when the tier is unreachable', async () => {
    const instances = ['i-queued', 'i-broken', 'i-ok', 'i-unreachable', 'i-later'].map((uuid) => ({ uuid, namespace: 'a', state: 'initial' }));
    const recent = new InvalidStateTransitionError('too recent', { code: 'SF_ERR_INVALID_STATE_RECENT' });
    const { db, calls } = fakeTier({ instances }, {
      'i-queued': recent,
      'i-broken': new InternalError('database error: boom'),
      'i-unreachable': new DatabaseUnavailableError('no sf-database endpoint answered'),
    });
    const run = new FakeRun();
    await assert.rejects(failAbandonedCreates(db, AGE, run), DatabaseUnavailableError);
    assert.deepEqual(calls.map((c) => c.split(' ')[2]), ['i-queued', 'i-broken', 'i-ok', 'i-unreachable']);
    assert.deepEqual(run.logged('failed a create its sf-api abandoned').map((r) => r.object_uuid), ['i-ok'], 'logged before the job stopped');
    assert.deepEqual(run.logged('maintenance of one object failed; it is left for a later pass').map((r) => r.object_uuid), ['i-broken']);
    assert.equal(run.itemFailures, 1, 'counted for the metrics; the refused and the unreachable are not');
  });

  it('stops at the run\'s budget', async () => {
    const instances = ['i-1', 'i-2', 'i-3'].map((uuid) => ({ uuid, namespace: 'a', state: 'initial' }));
    const { db, calls } = fakeTier({ instances, networks: [{ uuid: 'n-1', namespace: 'a', state: 'initial', vxid: 1 }] });
    await failAbandonedCreates(db, AGE, new FakeRun(2));
    assert.deepEqual(calls, [`fail instance i-1 ${AGE}`, `fail instance i-2 ${AGE}`]);
  });
});

describe('abandoned deletes (sf-cluster)', () => {
  it('asks the tier for instances and networks idle since they entered delete-wait, and queues each teardown only while the object is still in delete-wait', async () => {
    const { db, lists, calls, enqueued } = fakeTier({
      instances: [{ uuid: 'i-1', namespace: 'a', state: 'delete-wait', node: 'node-a' }, { uuid: 'i-unplaced', namespace: 'a', state: 'delete-wait', node: '' }],
      networks: [{ uuid: 'n-1', namespace: 'a', state: 'delete-wait' }],
    });
    const run = new FakeRun();
    await new AbandonedDeletes(db, AGE, 60_000).pass(run);
    const filter = { states: ['delete-wait'], min_state_age_seconds: AGE, idle_since_state_change: true, page: undefined };
    assert.deepEqual(lists, [{ what: 'instances', ...filter }, { what: 'networks', ...filter }]);
    assert.deepEqual(calls, ['enqueue instance.delete i-1', 'interfaces n-1', 'enqueue network.delete n-1']);
    assert.deepEqual(enqueued.map((r) => r.require_states), [['delete-wait'], ['delete-wait']]);
    assert.deepEqual(enqueued.map((r) => [r.target_node, r.target_role, r.payload_json]), [
      ['node-a', undefined, JSON.stringify({ instance_uuid: 'i-1' })],
      [undefined, 'network', JSON.stringify({ network_uuid: 'n-1' })],
    ]);
    assert.equal(run.logged('queued again the teardown of a delete its sf-api abandoned').length, 2);
  });

  it('leaves an object a teardown moved on meanwhile, goes on past one that fails, and asks again about a network waiting for its interfaces only after a while', async () => {
    let clock = 0;
    const { db, calls } = fakeTier(
      {
        instances: ['i-done', 'i-broken', 'i-1'].map((uuid) => ({ uuid, namespace: 'a', state: 'delete-wait', node: 'node-a' })),
        networks: [{ uuid: 'n-waiting', namespace: 'a', state: 'delete-wait' }],
      },
      { 'i-done': moved(), 'i-broken': new InternalError('database error: boom') },
      ['n-waiting'],
    );
    const job = new AbandonedDeletes(db, AGE, 60_000, () => clock);
    const run = new FakeRun();
    await job.pass(run);
    assert.deepEqual(calls, ['enqueue instance.delete i-done', 'enqueue instance.delete i-broken', 'enqueue instance.delete i-1', 'interfaces n-waiting']);
    assert.deepEqual(run.logged('queued again the teardown of a delete its sf-api abandoned').map((r) => r.object_uuid), ['i-1']);
    assert.deepEqual(run.logged('maintenance of one object failed; it is left for a later pass').map((r) => r.object_uuid), ['i-broken']);
    assert.equal(run.itemFailures, 1);
    calls.length = 0;
    clock = 30_000;
    await job.pass(new FakeRun());
    assert.ok(!calls.includes('interfaces n-waiting'), 'not asked again so soon');
    clock = 60_000;
    await job.pass(new FakeRun());
    assert.ok(calls.includes('interfaces n-waiting'), 'asked again after the recheck time');
  });
});
