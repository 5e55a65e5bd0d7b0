import assert from 'node:assert/strict';
import { MainLoop, type MainLoopParts } from '../../src/server/main-loop.js';

describe('sf-database main loop', () => {
  /** A clock the test moves: each tick is a prune interval, so every turn may prune. */
  function parts(overrides: Partial<MainLoopParts>) {
    let clock = 0;
    const seen = { watchdog: 0, checks: 0, prunes: 0, failures: [] as unknown[] };
    const all: MainLoopParts = {
      check: async () => {
        seen.checks += 1;
      },
      serving: () => true,
      prune: async () => {
        seen.prunes += 1;
        return { more: false };
      },
      watchdog: () => {
        seen.watchdog += 1;
      },
      pruneFailed: (err) => seen.failures.push(err),
      checkEveryMs: 1,
      tickMs: 1,
      now: () => (clock += 700_000),
      ...overrides,
    };
    return { all, seen };
  }

  const until = async (what: string, done: () => boolean): Promise<void> => {
    for (let i = 0; i < 500 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 2));
    assert.ok(done(), what);
  };

  it('pings the watchdog and checks while a prune is stuck, and starts no second prune beside it', async () => {
    let release = (): void => undefined;
    const { all, seen } = parts({
      prune: () => {
        seen.prunes += 1;
        return new Promise((resolve) => (release = () => resolve({ more: false })));
      },
    });
    const loop = new MainLoop(all);
    const running = loop.start();
    await until('the prune to start', () => seen.prunes === 1);
    const [pings, checks] = [seen.watchdog, seen.checks];
    await until('more pings and checks', () => seen.watchdog >= pings + 5 && seen.checks >= checks + 5);
    assert.equal(seen.prunes, 1, 'one prune at a time');
    release();
    await until('the next prune', () => seen.prunes === 2);
    release();
    await loop.stop();
    await running;
  });

  it('stop() waits for the prune in flight, so the pool is closed under nothing', async () => {
    let finished = false;
    let release = (): void => undefined;
    const { all, seen } = parts({
      prune: () => {
        seen.prunes += 1;
        return new Promise((resolve) => (release = () => {
          finished = true;
          resolve({ more: false });
        }));
      },
    });
    const loop = new MainLoop(all);
    void loop.start();
    await until('the prune to start', () => seen.prunes === 1);
    const stopped = loop.stop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(finished, false);
    release();
    await stopped;
    assert.equal(finished, true);
  });

  it('reports a failed prune and goes on; prunes only while serving', async () => {
    const boom = new Error('lock wait timeout');
    let serving = false;
    const { all, seen } = parts({
      serving: () => serving,
      prune: async () => {
        seen.prunes += 1;
        throw boom;
      },
    });
    const loop = new MainLoop(all);
    void loop.start();
    await until('some turns', () => seen.watchdog >= 5);
    assert.equal(seen.prunes, 0, 'no prune while not serving');
    serving = true;
    await until('failed prunes reported', () => seen.failures.length >= 2);
    assert.equal(seen.failures[0], boom);
    await loop.stop();
  });
});
