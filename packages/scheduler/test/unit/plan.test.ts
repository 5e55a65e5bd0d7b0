import assert from 'node:assert/strict';
import { planPlacement, describeRejections } from '../../src/plan.js';
import type { NodeCandidate, PlacementRequest, PlanOptions } from '../../src/types.js';

const NOW = 1_800_000_000;
const options: PlanOptions = { weighting: 'spread', staleAfterSeconds: 60, diagnostic: false, now: NOW };

function node(name: string, usedCpus: number, tags: string[] = [], extra: Partial<NodeCandidate> = {}): NodeCandidate {
  return {
    name,
    state: 'created',
    lastSeen: NOW - 5,
    limits: { cpus: 8, memoryMib: 8192, diskGib: 100 },
    used: { cpus: usedCpus, memoryMib: usedCpus * 1024, diskGib: usedCpus * 10 },
    tags,
    ...extra,
  };
}

function request(extra: Partial<PlacementRequest> = {}, cpus = 1): PlacementRequest {
  return { namespace: 'ns', instances: [{ uuid: 'i1', cpus, memoryMib: cpus * 1024, diskGib: cpus * 10 }], ...extra };
}

describe('placement plan', () => {
  const nodes = [node('a', 6), node('b', 2), node('c', 4)];

  it('spreads: emptiest node first', () => {
    assert.deepEqual(planPlacement(nodes, request(), options).ordered, ['b', 'c', 'a']);
  });

  it('packs: fullest node that still fits first', () => {
    assert.deepEqual(planPlacement(nodes, request(), { ...options, weighting: 'pack' }).ordered, ['a', 'c', 'b']);
  });

  it('counts what each filter removed, and names reasons only in diagnostic mode', () => {
    const cluster = [node('full', 8), node('down', 0, [], { state: 'offline' }), node('stale', 0, [], { lastSeen: NOW - 600 }), node('ok', 0)];
    const plan = planPlacement(cluster, request(), options);
    assert.deepEqual(plan.ordered, ['ok']);
    assert.deepEqual(plan.rejected, { cpus: 1, state: 2 });
    assert.equal(plan.reasons, undefined);
    const diagnostic = planPlacement(cluster, request(), { ...options, diagnostic: true });
    assert.match(diagnostic.reasons?.full ?? '', /cpus: needs 1 vCPUs, 0 free/);
    assert.match(diagnostic.reasons?.stale ?? '', /not seen for 600 s/);
    assert.equal(describeRejections(plan, 4), 'no node can host it: 4 node(s) considered, removed 1 by cpus, 2 by state');
  });

  it('checks each dimension, for the largest instance of a batch', () => {
    const tight = node('tight', 0, [], { limits: { cpus: 64, memoryMib: 2048, diskGib: 100 } });
    const batch = request({ instances: [{ uuid: 'x', cpus: 1, memoryMib: 512, diskGib: 1 }, { uuid: 'y', cpus: 1, memoryMib: 4096, diskGib: 1 }] });
    assert.deepEqual(planPlacement([tight], batch, options).rejected, { memory: 1 });
  });

  it('keeps only the requested node', () => {
    assert.deepEqual(planPlacement(nodes, request({ requestedNode: 'c' }), options).ordered, ['c']);
  });

  it('honours affinity: only nodes with an instance tagged so', () => {
    const tagged = [node('a', 0, ['db']), node('b', 0, ['web']), node('c', 0)];
    const plan = planPlacement(tagged, request({ affinity: { requireWith: ['db'] } }), options);
    assert.deepEqual(plan.ordered, ['a']);
    assert.deepEqual(plan.rejected, { affinity: 2 });
  });

  it('honours anti-affinity: never a node with an instance tagged so', () => {
    const tagged = [node('a', 0, ['db']), node('b', 0, ['web']), node('c', 0)];
    const plan = planPlacement(tagged, request({ affinity: { requireWithout: ['db'] } }), options);
    assert.deepEqual(plan.ordered.sort(), ['b', 'c']);
    assert.deepEqual(plan.rejected, { anti_affinity: 1 });
  });

  it('orders by soft affinity before load', () => {
    const tagged = [node('busy-friend', 5, ['web', 'web']), node('empty', 0), node('rival', 0, ['db'])];
    const plan = planPlacement(tagged, request({ affinity: { prefer: { web: 1, db: -5 } } }), options);
    assert.deepEqual(plan.ordered, ['busy-friend', 'empty', 'rival']);
  });
});
