import assert from 'node:assert/strict';
import { InternalError } from '@sf/common';
import { Coalescer } from '../../src/internal/coalescer.js';

describe('coalescer', () => {
  it('sends concurrent calls as one batch, in order, each with its own result or error', async () => {
    const batches: number[][] = [];
    const coalescer = new Coalescer<number, number>(
      3,
      (n) => Promise.resolve(n * 10),
      (ns) => {
        batches.push(ns);
        return Promise.resolve(ns.map((n) => (n === 2 ? new Error('two is refused') : n * 100)));
      },
    );
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => coalescer.call(n)));
    assert.deepEqual(batches, [[1, 2, 3]]);
    assert.deepEqual(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message)), [100, 'two is refused', 300, 40]);
  });

  it('sends a lone call as the plain call, and fails every waiter of a failed batch', async () => {
    const coalescer = new Coalescer<number, number>(8, (n) => Promise.resolve(-n), () => Promise.reject(new Error('tier down')));
    assert.equal(await coalescer.call(7), -7);
    const results = await Promise.allSettled([1, 2].map((n) => coalescer.call(n)));
    assert.deepEqual(results.map((r) => r.status), ['rejected', 'rejected']);
  });

  it('fails a waiter whose item the batched reply lacks with a typed error', async () => {
    const coalescer = new Coalescer<number, number>(8, (n) => Promise.resolve(n), (ns) => Promise.resolve(ns.slice(1)));
    const results = await Promise.allSettled([1, 2].map((n) => coalescer.call(n)));
    assert.equal(results[0]?.status, 'fulfilled');
    assert.ok(results[1]?.status === 'rejected' && results[1].reason instanceof InternalError);
  });
});
