import assert from 'node:assert/strict';
import { Coalescer } from '../../src/server/coalesce.js';

describe('server read coalescer', () => {
  it('fetches the keys asked in one turn together, once each, in chunks', async () => {
    const fetched: string[][] = [];
    const coalescer = new Coalescer<string>(2, async (keys) => {
      fetched.push(keys);
      return new Map(keys.filter((k) => k !== 'gone').map((k) => [k, k.toUpperCase()]));
    });
    const results = await Promise.all(['a', 'b', 'a', 'gone', 'c'].map((k) => coalescer.load(k)));
    assert.deepEqual(results, ['A', 'B', 'A', undefined, 'C']);
    assert.deepEqual(fetched, [
      ['a', 'b'],
      ['gone', 'c'],
    ]);
    assert.equal(await coalescer.load('d'), 'D');
    assert.deepEqual(fetched.at(-1), ['d']);
  });

  it('rejects every waiter of a chunk whose fetch failed', async () => {
    const coalescer = new Coalescer<string>(10, () => Promise.reject(new Error('db down')));
    const results = await Promise.allSettled([coalescer.load('a'), coalescer.load('b')]);
    assert.deepEqual(results.map((r) => r.status), ['rejected', 'rejected']);
  });
});
