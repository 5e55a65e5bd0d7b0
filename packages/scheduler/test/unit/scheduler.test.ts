import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { InsufficientCapacityError, createLogger } from '@sf/common';
import { Scheduler, type Demand, type PlacementStore } from '../../src/scheduler.js';
import type { NodeCandidate } from '../../src/types.js';

const log = createLogger({ name: 'test', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

function candidate(name: string, usedCpus: number): NodeCandidate {
  return { name, state: 'created', lastSeen: Date.now() / 1000, limits: { cpus: 4, memoryMib: 4096, diskGib: 40 }, used: { cpus: usedCpus, memoryMib: 0, diskGib: 0 }, tags: [] };
}

class FakeStore implements PlacementStore {
  reserved: Array<{ demands: Demand[]; candidates: string[] }> = [];
  snapshots = 0;
  constructor(
    private readonly nodes: NodeCandidate[],
    public full = false,
  ) {}
  candidates(): Promise<NodeCandidate[]> {
    this.snapshots += 1;
    return Promise.resolve(this.nodes);
  }
  reserve(demands: Demand[], candidates: string[]) {
    this.reserved.push({ demands, candidates });
    if (this.full) return Promise.reject(new InsufficientCapacityError('no candidate node had room', { details: { stage: 'claim' } }));
    return Promise.resolve(demands.map((d) => ({ instanceUuid: d.instanceUuid, node: candidates[0] ?? '', reservationUuid: 'r' })));
  }
}

const options = { weighting: 'spread' as const, staleAfterSeconds: 60, leaseSeconds: 300, diagnostic: false, log };
const one = { namespace: 'ns', instances: [{ uuid: 'i1', cpus: 2, memoryMib: 512, diskGib: 5 }] };

describe('scheduler', () => {
  it('claims on the planned candidates, best first', async () => {
    const store = new FakeStore([candidate('a', 3), candidate('b', 0)]);
    const [placement] = await new Scheduler(store, options).place(one);
    assert.equal(placement?.node, 'b');
    assert.deepEqual(store.reserved[0]?.candidates, ['b']);
    assert.equal(store.reserved[0]?.demands[0]?.namespace, 'ns');
  });

  it('says which filter removed how many nodes when nothing fits, without claiming', async () => {
    const store = new FakeStore([candidate('a', 3), candidate('b', 4)]);
    await assert.rejects(new Scheduler(store, options).place(one), (err: unknown) =>
      err instanceof InsufficientCapacityError && /2 node\(s\) considered, removed 2 by cpus/.test(err.message) && err.httpStatus === 507);
    assert.equal(store.reserved.length, 0);
  });

  it('names why a requested node that is full cannot host it', async () => {
    const store = new FakeStore([candidate('a', 3), candidate('b', 0)]);
    await assert.rejects(new Scheduler(store, options).place({ ...one, requestedNode: 'a' }), /requested node a cannot host it: cpus: needs 2 vCPUs, 1 free/);
    await assert.rejects(new Scheduler(store, options).place({ ...one, requestedNode: 'zz' }), /requested node zz cannot host it: no such node/);
  });

  it('keeps the filter counts when the claim loses the race', async () => {
    const store = new FakeStore([candidate('a', 0)], true);
    await assert.rejects(new Scheduler(store, options).place(one), (err: unknown) =>
      err instanceof InsufficientCapacityError && /1 candidate\(s\) passed the filters/.test(err.message) && err.details?.stage === 'claim');
  });

  it('reuses a snapshot within its lifetime, and retries once on a fresh one when the claim finds no room', async () => {
    const store = new FakeStore([candidate('a', 0)]);
    const scheduler = new Scheduler(store, { ...options, snapshotTtlMs: 60_000 });
    await scheduler.place(one);
    await scheduler.place(one);
    assert.equal(store.snapshots, 1);
    store.full = true;
    await assert.rejects(scheduler.place(one), InsufficientCapacityError);
    assert.equal(store.snapshots, 2, 'a refusal on a reused snapshot is checked on a fresh one');
    assert.equal(store.reserved.length, 4);
  });

  it('callers that need a snapshot at the same moment share one read of the candidates', async () => {
    const store = new FakeStore([candidate('a', 0)]);
    const scheduler = new Scheduler(store, options);
    await Promise.all(Array.from({ length: 8 }, () => scheduler.place(one)));
    assert.equal(store.snapshots, 1);
    assert.equal(store.reserved.length, 8);
    await scheduler.place(one);
    assert.equal(store.snapshots, 2, 'a later caller reads afresh (the control)');
  });
});
