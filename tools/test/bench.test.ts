import assert from 'node:assert/strict';
import { compare } from '../src/bench.js';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('bench compare', () => {
  it('alternates which side goes first in each round, so drift falls on both', async () => {
    const phases: string[] = [];
    const side = (name: string) => async () => {
      if (phases.at(-1) !== name) phases.push(name);
      await tick();
    };
    await compare(2, 40, 4, side('subject'), side('baseline'));
    // Rounds S B | B S | S B | B S: back-to-back phases of one side merge, so alternation leaves five runs, not eight.
    assert.deepEqual(phases, ['subject', 'baseline', 'subject', 'baseline', 'subject']);
  });

  it('reports the whole-run ratio of the two rates and a per-round range around them', async () => {
    let failed = false;
    const flaky = async () => {
      await tick();
      if (!failed) {
        failed = true;
        throw new Error('one failure');
      }
    };
    const result = await compare(1, 20, 2, flaky, tick);
    assert.equal(result.subject.errors, 1);
    assert.equal(result.baseline.errors, 0);
    assert.ok(result.subject.calls > 0 && result.baseline.calls > 0);
    assert.equal(result.ratio, result.subject.rate / result.baseline.rate);
    const [low, high] = result.ratioRange;
    assert.ok(low <= high);
  });
});
