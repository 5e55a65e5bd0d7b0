import assert from 'node:assert/strict';
import { Batcher, type BatchResult } from '../../src/internal/batcher.js';

describe('get batcher', () => {
  function recording() {
    const calls: Array<{ kind: 'one' | 'many'; group: string; keys: string[] }> = [];
    const batcher = new Batcher<string>(
      3,
      async (group, key) => {
        calls.push({ kind: 'one', group, keys: [key] });
        return `${group}/${key}`;
      },
      async (group, keys) => {
        calls.push({ kind: 'many', group, keys });
        const results: BatchResult<string> = new Map();
        for (const key of keys) results.set(key.toLowerCase(), key === 'bad' ? new Error('missing') : `${group}/${key}`);
        return results;
      },
      (key) => key.toLowerCase(),
    );
    return { calls, batcher };
  }

  it('sends a lone get as the single call', async () => {
    const { calls, batcher } = recording();
    assert.equal(await batcher.load('ns', 'a'), 'ns/a');
    assert.deepEqual(calls, [{ kind: 'one', group: 'ns', keys: ['a'] }]);
  });

  it('coalesces concurrent gets per group, in chunks, and answers each waiter', async () => {
    const { calls, batcher } = recording();
    const results = await Promise.allSettled(['a', 'B', 'a', 'c', 'd', 'bad'].map((k) => batcher.load('ns', k)).concat([batcher.load('other', 'x')]));
    assert.deepEqual(
      results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message)),
      ['ns/a', 'ns/B', 'ns/a', 'ns/c', 'ns/d', 'missing', 'other/x'],
    );
    assert.deepEqual(calls, [
      { kind: 'many', group: 'ns', keys: ['a', 'B'] },
      { kind: 'many', group: 'ns', keys: ['c', 'd', 'bad'] },
      { kind: 'one', group: 'other', keys: ['x'] },
    ]);
  });
});
