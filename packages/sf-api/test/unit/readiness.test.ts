import assert from 'node:assert/strict';
import { Readiness } from '../../src/internal/readiness.js';

describe('Readiness (cached flag of plans-digest section 3)', () => {
  const timings = { intervalMs: 5000, timeoutMs: 50, failuresToFail: 3, staleMs: 15000 };

  function harness() {
    let now = 0;
    let result: boolean | 'hang' | 'throw' = true;
    let calls = 0;
    const readiness = new Readiness(async () => {
      calls += 1;
      if (result === 'hang') return new Promise<never>(() => undefined);
      if (result === 'throw') throw new Error('tier down');
      return { passed: result, warnings: [] };
    }, timings, () => now);
    return { readiness, set: (r: typeof result) => (result = r), tick: (ms: number) => (now += ms), calls: () => calls };
  }

  it('is not ready at start, ready after one success', async () => {
    const h = harness();
    assert.equal(h.readiness.isReady(), false);
    await h.readiness.runCheck();
    assert.equal(h.readiness.isReady(), true);
  });

  it('needs 3 failures in a row (errors and timeouts count) to turn not ready, 1 success to come back', async () => {
    const h = harness();
    await h.readiness.runCheck();
    h.set('throw');
    await h.readiness.runCheck();
    h.set('hang');
    await h.readiness.runCheck();
    assert.equal(h.readiness.isReady(), true, 'two failures keep it ready');
    h.set(false);
    await h.readiness.runCheck();
    assert.equal(h.readiness.isReady(), false);
    assert.equal(h.readiness.state().consecutive_failures, 3);
    h.set(true);
    await h.readiness.runCheck();
    assert.equal(h.readiness.isReady(), true);
  });

  it('goes stale 15 s after the last check', async () => {
    const h = harness();
    await h.readiness.runCheck();
    h.tick(15001);
    assert.equal(h.readiness.isReady(), false);
    assert.equal(h.readiness.state().stale, true);
  });

  it('draining is not ready for good, and reading the flag makes no check', async () => {
    const h = harness();
    await h.readiness.runCheck();
    const before = h.calls();
    h.readiness.drain();
    for (let i = 0; i < 100; i += 1) assert.equal(h.readiness.isReady(), false);
    await h.readiness.runCheck();
    assert.equal(h.readiness.isReady(), false);
    assert.equal(h.calls(), before + 1);
  });
});
