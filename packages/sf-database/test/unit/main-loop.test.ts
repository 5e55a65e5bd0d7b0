import assert from 'node:assert/strict';
import { MainLoop, type MainLoopParts } from '../../src/server/main-loop.js';

describe('sf-database main loop', () => {
  /** Every loop a test starts, and how to let its held prune go: stopped after each test, whatever it asserted. */
  let started: Array<{ loop: MainLoop; release: () => void }> = [];
  const startLoop = (all: MainLoopParts, release: () => void = () => undefined): MainLoop => {
    const loop = new MainLoop(all);
    started.push({ loop, release });
    void loop.start();
    return loop;
  };
  afterEach(async () => {
    for (const { release } of started) release();
    await Promise.all(started.map(({ loop }) => loop.stop()));
    started = [];
  });

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
    startLoop(all, () => release());
    await until('the prune to start', () => seen.prunes === 1);
    const [pings, checks] = [seen.watchdog, seen.checks];
    await until('more pings and checks', () => seen.watchdog >= pings + 5 && seen.checks >= checks + 5);
    assert.equal(seen.prunes, 1, 'one prune at a time');
    release();
    await until('the next prune', () => seen.prunes === 2);
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
    const loop = startLoop(all, () => release());
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
    startLoop(all);
    await until('some turns', () => seen.watchdog >= 5);
    assert.equal(seen.prunes, 0, 'no prune while not serving');
    serving = true;
    await until('failed prunes reported', () => seen.failures.length >= 2);
    assert.equal(seen.failures[0], boom);
  });

  it('starts no prune once stopped, though the health check in hand said serving', async () => {
    let inCheck = (): void => undefined;
    let finishCheck = (): void => undefined;
    const checking = new Promise<void>((resolve) => (inCheck = resolve));
    const { all, seen } = parts({ check: () => new Promise((resolve) => {
      inCheck();
      finishCheck = resolve;
    }) });
    const loop = startLoop(all, () => finishCheck());
    await checking;
    const stopped = loop.stop();
    finishCheck();
    await stopped;
    assert.equal(seen.prunes, 0);
  });
});
