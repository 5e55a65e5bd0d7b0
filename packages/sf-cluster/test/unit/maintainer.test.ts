import assert from 'node:assert/strict';
import { createLogger } from '@sf/common';
import { Heartbeat } from '../../src/heartbeat.js';
import { attemptItem, type JobRun } from '../../src/job-run.js';
import { maintenanceJobs, type Job, type MaintenancePort } from '../../src/jobs.js';
import { Leadership, type LeaseObserver, type LeaseResult, type LockPort } from '../../src/leadership.js';
import { Maintainer, type JobBudget, type JobObserver, type JobReport } from '../../src/maintainer.js';
import { capturingLog } from '../support/fakes.js';

const SECOND = 1000;
const LEASE = { seconds: 60, marginMs: 5 * SECOND };

/** The lock as the tier keeps it: expiry by the database's clock (here the test's), stolen once expired. */
class FakeLocks implements LockPort {
  holder: string | undefined;
  expires = 0;
  down = false;
  calls: string[] = [];
  /** Time the next acquire takes, on the test's clock. */
  acquireTakes = 0;
  /** While set, acquire waits for it. */
  gate: Promise<void> | undefined;

  constructor(private readonly clock: { now: number }) {}

  async acquire(_name: string, holder: string, leaseSeconds: number) {
    this.calls.push(`acquire ${holder}`);
    await this.gate;
    this.clock.now += this.acquireTakes;
    if (this.down) throw new Error('tier down');
    if (this.holder === undefined || this.holder === holder || this.expires <= this.clock.now) {
      this.holder = holder;
      this.expires = this.clock.now + leaseSeconds * SECOND;
    }
    return { ok: this.holder === holder };
  }

  refresh(_name: string, holder: string, leaseSeconds: number) {
    this.calls.push(`refresh ${holder}`);
    if (this.down) return Promise.reject(new Error('tier down'));
    if (this.holder !== holder) return Promise.resolve({ ok: false });
    this.expires = this.clock.now + leaseSeconds * SECOND;
    return Promise.resolve({ ok: true });
  }

  release(_name: string, holder: string) {
    this.calls.push(`release ${holder}`);
    if (this.holder === holder) this.holder = undefined;
    return Promise.resolve({ ok: true });
  }
}

class FakeNotifier {
  pings = 0;
  constructor(private readonly intervalMs = 0) {}
  watchdog() {
    this.pings += 1;
  }
  watchdogIntervalMs() {
    return this.intervalMs;
  }
}

class FakePort implements MaintenancePort {
  calls: string[] = [];
  failReap = false;
  failAbandoned = false;
  /** Items the purge job has to work through; each takes itemMs on the test's clock. */
  purgeItems = 0;
  itemMs = 0;
  onItem: (item: number) => void = () => undefined;

  constructor(private readonly clock: { now: number } = { now: 0 }) {}

  reapExpiredReservations() {
    this.calls.push('reap');
    return this.failReap ? Promise.reject(new Error('boom')) : Promise.resolve(['i-1']);
  }
  reclaimExpiredAllocations() {
    this.calls.push('reclaim');
    return Promise.resolve(0);
  }
  reconcileCapacity() {
    this.calls.push('reconcile');
    return Promise.resolve([]);
  }
  failAbandonedCreates() {
    this.calls.push('abandoned');
    return this.failAbandoned ? Promise.reject(new Error('sf-database too old')) : Promise.resolve();
  }
  requeueAbandonedDeletes() {
    this.calls.push('requeue');
    return Promise.resolve();
  }
  /** Slices of finished work left to prune. */
  pruneSlices = 0;
  pruneOperations() {
    this.calls.push('prune');
    const deleted = this.pruneSlices > 0 ? 1000 : 0;
    this.pruneSlices = Math.max(0, this.pruneSlices - 1);
    return Promise.resolve({ deleted, more: this.pruneSlices > 0 });
  }
  /** Pages the purge job reads before its items, each taking itemMs: work, but no item. */
  purgePages = 0;
  async purgeDeleted(run: JobRun) {
    this.calls.push('purge');
    for (let page = 0; page < this.purgePages; page += 1) {
      this.clock.now += this.itemMs;
      run.pulse();
    }
    while (this.purgeItems > 0 && (await run.next())) {
      this.purgeItems -= 1;
      this.clock.now += this.itemMs;
      this.calls.push(`item ${this.purgeItems}`);
      this.onItem(this.purgeItems);
    }
  }
}

const ALL = ['reap', 'reclaim', 'abandoned', 'requeue', 'purge', 'prune', 'reconcile'];
const JOBS = ['reap_reservations', 'reclaim_allocations', 'fail_abandoned_creates', 'requeue_abandoned_deletes', 'purge_deleted', 'prune_operations', 'reconcile_capacity'];

/** What the metrics would be told, in order. */
class Observed implements JobObserver, LeaseObserver {
  runs: Array<{ job: string } & JobReport> = [];
  leases: LeaseResult[] = [];

  jobRan(job: string, report: JobReport) {
    this.runs.push({ job, ...report });
  }
  leaseAnswered(result: LeaseResult) {
    this.leases.push(result);
  }
  /** Each run as `job result`, the shape most assertions want. */
  results() {
    return this.runs.map((r) => `${r.job} ${r.result}`);
  }
  clear() {
    this.runs.length = 0;
    this.leases.length = 0;
  }
}

describe('maintainer', () => {
  const clock = { now: 0 };
  const now = () => clock.now;
  const { log } = capturingLog();
  const jobs = maintenanceJobs({ reapMs: 10, reclaimMs: 20, reconcileMs: 100, abandonedMs: 50, purgeMs: 200 });

  function maintainerOf(locks: LockPort, holder: string, port: MaintenancePort, more: { notifier?: FakeNotifier; budget?: JobBudget; renewEveryMs?: number; jobs?: Job[] } = {}) {
    const observed = new Observed();
    const leadership = new Leadership(locks, holder, LEASE, log, now, observed);
    const heartbeat = new Heartbeat(more.notifier ?? new FakeNotifier(), now);
    const maintainer = new Maintainer(leadership, more.jobs ?? jobs, port, log, heartbeat, { renewEveryMs: more.renewEveryMs ?? 5 * SECOND, budget: more.budget, now, observer: observed });
    return { leadership, maintainer, observed };
  }

  beforeEach(() => {
    clock.now = 0;
  });

  it('runs the jobs only while it holds the lease, each on its own interval', async () => {
    const locks = new FakeLocks(clock);
    const port = new FakePort();
    const standbyPort = new FakePort();
    const leader = maintainerOf(locks, 'a', port).maintainer;
    const standby = maintainerOf(locks, 'b', standbyPort).maintainer;
    await leader.pass();
    await standby.pass();
    assert.deepEqual(port.calls, ALL);
    assert.deepEqual(standbyPort.calls, []);
    clock.now = 15;
    await leader.pass();
    assert.deepEqual(port.calls.slice(ALL.length), ['reap']);
  });

  it('keeps going when a job fails; failing abandoned creates does not stop requeueing abandoned deletes', async () => {
    const port = new FakePort();
    port.failReap = true;
    port.failAbandoned = true;
    await maintainerOf(new FakeLocks(clock), 'a', port).maintainer.pass();
    assert.deepEqual(port.calls, ALL);
  });

  it('stops working when the lease cannot be renewed (fails closed), and a standby takes over after a resign', async () => {
    const locks = new FakeLocks(clock);
    const port = new FakePort();
    const { leadership, maintainer } = maintainerOf(locks, 'a', port);
    await maintainer.pass();
    locks.down = true;
    clock.now = 1000;
    await maintainer.pass();
    assert.equal(leadership.isLeader, false);
    assert.equal(port.calls.length, ALL.length);
    locks.down = false;
    await leadership.resign();
    const standbyPort = new FakePort();
    await maintainerOf(locks, 'b', standbyPort).maintainer.pass();
    assert.equal(standbyPort.calls.length, ALL.length);
  });

  it('counts the lease from before it asked, less a call\'s deadline, by its own clock', async () => {
    const locks = new FakeLocks(clock);
    locks.acquireTakes = 2 * SECOND;
    const leadership = new Leadership(locks, 'a', LEASE, log, now);
    assert.equal(await leadership.renew(), true);
    clock.now = LEASE.seconds * SECOND - LEASE.marginMs - 1;
    assert.equal(leadership.isLeader, true);
    clock.now += 1;
    assert.equal(leadership.isLeader, false, 'the tier counts from when the call reached it; this process from before it sent it, less a deadline');
  });

  it('after a pause past its lease, acts only once it has renewed it, and not at all once a standby took over', async () => {
    const locks = new FakeLocks(clock);
    const port = new FakePort();
    const { maintainer } = maintainerOf(locks, 'a', port);
    await maintainer.pass();
    port.calls.length = 0;
    // Frozen for 70 s: the lease lapsed in the tier, and a standby took it.
    clock.now = 70 * SECOND;
    const standbyPort = new FakePort();
    await maintainerOf(locks, 'b', standbyPort).maintainer.pass();
    assert.deepEqual(standbyPort.calls, ALL);
    await maintainer.pass();
    assert.deepEqual(port.calls, [], 'the old leader does nothing');
  });

  it('refuses the next write of an item after a pause past the lease, before any renewal', async () => {
    const locks = new FakeLocks(clock);
    const writes: string[] = [];
    const port = new FakePort(clock);
    port.purgeDeleted = async (run: JobRun) => {
      assert.equal(await run.next(), true);
      writes.push('first');
      // Frozen (GC, SIGSTOP) between two writes of one item, past the lease.
      clock.now += LEASE.seconds * SECOND;
      run.assertLeading();
      writes.push('second');
    };
    const { maintainer } = maintainerOf(locks, 'a', port);
    await maintainer.pass();
    assert.deepEqual(writes, ['first']);
  });

  it('renews the lease and pings the watchdog between the items of a long job, and stops the job once the lease is lost', async () => {
    const locks = new FakeLocks(clock);
    const port = new FakePort(clock);
    const notifier = new FakeNotifier(3 * SECOND);
    const { maintainer } = maintainerOf(locks, 'a', port, { notifier, renewEveryMs: 2 * SECOND });
    port.purgeItems = 10;
    port.itemMs = SECOND;
    await maintainer.pass();
    assert.deepEqual(port.calls, [...ALL.slice(0, 5), ...Array.from({ length: 10 }, (_, i) => `item ${9 - i}`), 'prune', 'reconcile']);
    assert.equal(locks.calls.filter((c) => c === 'refresh a').length, 5, 'every 2 s of the 10 s job');
    assert.equal(notifier.pings, 4, 'every 3 s of the 10 s job, and before it');

    // Another pass, during which a standby takes the lease (the leader was slow to renew, say).
    port.calls.length = 0;
    port.purgeItems = 10;
    port.onItem = (left) => {
      if (left === 7) locks.holder = 'b';
    };
    clock.now += 200;
    await maintainer.pass();
    assert.deepEqual(port.calls.filter((c) => c.startsWith('item')), ['item 9', 'item 8', 'item 7', 'item 6'], 'stopped at the first renewal after the lease was lost');
    assert.ok(!port.calls.includes('reconcile'), 'and the jobs after it did not run');
  });

  it('pings the watchdog from work a job does between items (pages it reads), at most once per interval', async () => {
    const locks = new FakeLocks(clock);
    const port = new FakePort(clock);
    const notifier = new FakeNotifier(3 * SECOND);
    const { maintainer } = maintainerOf(locks, 'a', port, { notifier, renewEveryMs: 2 * SECOND });
    port.purgePages = 10;
    port.itemMs = SECOND;
    await maintainer.pass();
    assert.equal(notifier.pings, 4, 'before the job, then every 3 s of its 10 s of pages');
  });

  it('a job that spends its budget goes on at the next tick, and the jobs after it still run', async () => {
    const locks = new FakeLocks(clock);
    const port = new FakePort(clock);
    const { maintainer } = maintainerOf(locks, 'a', port, { budget: { items: 3, ms: 10 * SECOND } });
    port.purgeItems = 5;
    await maintainer.pass();
    assert.deepEqual(port.calls, [...ALL.slice(0, 5), 'item 4', 'item 3', 'item 2', 'prune', 'reconcile']);
    port.calls.length = 0;
    clock.now += 1;
    await maintainer.pass();
    assert.deepEqual(port.calls, ['purge', 'item 1', 'item 0'], 'long before its interval of 200 ms');
    port.calls.length = 0;
    clock.now += 1;
    await maintainer.pass();
    assert.equal(port.calls.length, 0, 'done: back to its interval');

    // A budget of time too: items of 6 s against 10 s.
    clock.now += 1000;
    port.purgeItems = 5;
    port.itemMs = 6 * SECOND;
    port.calls.length = 0;
    await maintainer.pass();
    assert.deepEqual(port.calls.filter((c) => c.startsWith('item')), ['item 4', 'item 3']);
  });

  it('prunes finished work a slice per item, a backlog over several passes within the budget', async () => {
    const port = new FakePort(clock);
    port.pruneSlices = 5;
    const { maintainer } = maintainerOf(new FakeLocks(clock), 'a', port, { budget: { items: 3, ms: 10 * SECOND } });
    await maintainer.pass();
    assert.deepEqual(port.calls.filter((c) => c === 'prune').length, 3);
    port.calls.length = 0;
    clock.now += 1;
    await maintainer.pass();
    assert.deepEqual(port.calls, ['prune', 'prune'], 'the rest at the next tick, then nothing is left');
    port.calls.length = 0;
    clock.now += 1;
    await maintainer.pass();
    assert.deepEqual(port.calls, []);
  });

  it('stop() ends the pass before its next item and job, and later passes do nothing', async () => {
    const locks = new FakeLocks(clock);
    const port = new FakePort(clock);
    const { maintainer } = maintainerOf(locks, 'a', port);
    port.purgeItems = 5;
    port.onItem = (left) => {
      if (left === 3) maintainer.stop();
    };
    await maintainer.pass();
    assert.deepEqual(port.calls, [...ALL.slice(0, 5), 'item 4', 'item 3']);
    port.calls.length = 0;
    clock.now += 10 * SECOND;
    await maintainer.pass();
    assert.deepEqual(port.calls, []);
  });

  it('resigns even after a failed renewal (the row may still name it), once a renewal in flight has ended, and does not take the lease again', async () => {
    const locks = new FakeLocks(clock);
    const leadership = new Leadership(locks, 'a', LEASE, log, now);
    await leadership.renew();
    locks.down = true;
    assert.equal(await leadership.renew(), false);
    locks.down = false;
    assert.equal(locks.holder, 'a', 'the tier still names it');
    await leadership.resign();
    assert.equal(locks.holder, undefined);

    const second = new Leadership(locks, 'c', LEASE, log, now);
    let open = (): void => undefined;
    locks.gate = new Promise((resolve) => {
      open = resolve;
    });
    const renewing = second.renew();
    const resigning = second.resign();
    open();
    await Promise.all([renewing, resigning]);
    assert.deepEqual(locks.calls.slice(-2), ['acquire c', 'release c'], 'released after the acquire in flight');
    assert.equal(locks.holder, undefined);
    assert.equal(await second.renew(), false, 'never again');
  });

  it('abandons without giving the lease back: it stops leading at once, a standby waits for the lease to lapse', async () => {
    const locks = new FakeLocks(clock);
    const leadership = new Leadership(locks, 'a', LEASE, log, now);
    assert.equal(await leadership.renew(), true);
    leadership.abandon();
    assert.equal(leadership.isLeader, false);
    assert.equal(await leadership.renew(), false, 'never again');
    assert.equal(locks.holder, 'a', 'the lease is kept until it lapses');
    assert.ok(!locks.calls.some((call) => call.startsWith('release')));

    const standby = new Leadership(locks, 'b', LEASE, log, now);
    assert.equal(await standby.renew(), false);
    clock.now += LEASE.seconds * SECOND;
    assert.equal(await standby.renew(), true);
  });

  it('schedules by a clock that only moves forward: the wall clock is never read', async () => {
    const wallClock = Date.now;
    const port = new FakePort();
    const silent = createLogger({ name: 'test', level: 'silent' });
    const leadership = new Leadership(new FakeLocks(clock), 'a', LEASE, silent);
    const maintainer = new Maintainer(leadership, maintenanceJobs({ reapMs: 0, reclaimMs: 0, reconcileMs: 0, abandonedMs: 0, purgeMs: 0 }), port, silent, new Heartbeat(new FakeNotifier()), { renewEveryMs: SECOND });
    Date.now = () => {
      throw new Error('the wall clock was read');
    };
    try {
      await maintainer.pass();
      await maintainer.pass();
    } finally {
      Date.now = wallClock;
    }
    assert.deepEqual(port.calls, [...ALL, ...ALL]);
  });

  describe('what it reports for the metrics', () => {
    it('each job\'s run: done, with its time, the items it attempted and those that failed and were left for a later pass', async () => {
      const port = new FakePort(clock);
      port.failReap = true;
      port.purgeDeleted = async (run: JobRun) => {
        for (const uuid of ['i-1', 'i-2', 'i-3']) {
          if (!(await run.next())) return;
          clock.now += SECOND;
          await attemptItem(run, { object_uuid: uuid }, () => (uuid === 'i-2' ? Promise.reject(new Error('boom')) : Promise.resolve()));
        }
      };
      port.pruneSlices = 2;
      const { maintainer, observed } = maintainerOf(new FakeLocks(clock), 'a', port);
      await maintainer.pass();
      assert.deepEqual(observed.results(), JOBS.map((job) => `${job} ${job === 'reap_reservations' ? 'failed' : 'done'}`));
      const purge = observed.runs.find((r) => r.job === 'purge_deleted');
      assert.deepEqual(purge, { job: 'purge_deleted', result: 'done', seconds: 3, items: 3, itemFailures: 1 });
      assert.deepEqual(observed.runs.find((r) => r.job === 'prune_operations'), { job: 'prune_operations', result: 'done', seconds: 0, items: 2, itemFailures: 0 });
      assert.deepEqual(observed.runs.find((r) => r.job === 'reconcile_capacity'), { job: 'reconcile_capacity', result: 'done', seconds: 0, items: 0, itemFailures: 0 });
    });

    it('a run cut by its budget, then done at the next tick', async () => {
      const port = new FakePort(clock);
      const { maintainer, observed } = maintainerOf(new FakeLocks(clock), 'a', port, { budget: { items: 3, ms: 10 * SECOND } });
      port.purgeItems = 5;
      await maintainer.pass();
      assert.deepEqual(observed.runs.find((r) => r.job === 'purge_deleted'), { job: 'purge_deleted', result: 'cut', seconds: 0, items: 3, itemFailures: 0 });
      observed.clear();
      clock.now += 1;
      await maintainer.pass();
      assert.deepEqual(observed.runs, [{ job: 'purge_deleted', result: 'done', seconds: 0, items: 2, itemFailures: 0 }]);
    });

    it('a run cut when the lease is lost between items, and no run of the jobs after it', async () => {
      const locks = new FakeLocks(clock);
      const port = new FakePort(clock);
      const { maintainer, observed } = maintainerOf(locks, 'a', port, { renewEveryMs: 2 * SECOND });
      port.purgeItems = 10;
      port.itemMs = SECOND;
      port.onItem = (left) => {
        if (left === 7) locks.holder = 'b';
      };
      await maintainer.pass();
      assert.deepEqual(observed.results(), [...JOBS.slice(0, 4).map((job) => `${job} done`), 'purge_deleted cut']);
      assert.equal(observed.runs.at(-1)?.items, 4, 'the item in hand when the lease went, and the three before it');
    });

    it('a run whose write the lease no longer covers is cut, and goes on at the next tick', async () => {
      const port = new FakePort(clock);
      let paused = false;
      port.purgeDeleted = async (run: JobRun) => {
        port.calls.push('purge');
        if (!(await run.next())) return;
        if (!paused) {
          paused = true;
          clock.now += LEASE.seconds * SECOND;
        }
        run.assertLeading();
      };
      // Every job due every ten minutes, far longer than the pause.
      const slow = maintenanceJobs({ reapMs: 600 * SECOND, reclaimMs: 600 * SECOND, reconcileMs: 600 * SECOND, abandonedMs: 600 * SECOND, purgeMs: 600 * SECOND });
      const { maintainer, observed } = maintainerOf(new FakeLocks(clock), 'a', port, { jobs: slow });
      await maintainer.pass();
      assert.deepEqual(observed.runs.find((r) => r.job === 'purge_deleted')?.result, 'cut');
      port.calls.length = 0;
      observed.clear();
      clock.now += 1;
      await maintainer.pass();
      assert.deepEqual(port.calls, ['purge'], 'long before its interval');
      assert.deepEqual(observed.results(), ['purge_deleted done']);
    });

    it('a run stopped by a shutdown', async () => {
      const port = new FakePort(clock);
      const { maintainer, observed } = maintainerOf(new FakeLocks(clock), 'a', port);
      port.purgeItems = 5;
      port.onItem = (left) => {
        if (left === 3) maintainer.stop();
      };
      await maintainer.pass();
      assert.deepEqual(observed.results(), [...JOBS.slice(0, 4).map((job) => `${job} done`), 'purge_deleted stopped']);
    });

    it('the lease: held when granted, nothing while a standby is refused, error on no answer, lost when refused after a grant', async () => {
      const locks = new FakeLocks(clock);
      const leader = maintainerOf(locks, 'a', new FakePort(clock));
      const standby = maintainerOf(locks, 'b', new FakePort(clock));
      await leader.maintainer.pass();
      await standby.maintainer.pass();
      assert.deepEqual(leader.observed.leases, ['held']);
      assert.deepEqual(standby.observed.leases, [], 'a standby refused is in its normal state');

      // A tier call that fails says nothing of the lease; refused after it, the lease this process was granted is lost.
      clock.now += 6 * SECOND;
      locks.down = true;
      await leader.maintainer.pass();
      locks.down = false;
      locks.holder = 'b';
      clock.now += 6 * SECOND;
      await leader.maintainer.pass();
      await leader.maintainer.pass();
      assert.deepEqual(leader.observed.leases, ['held', 'error', 'lost'], 'lost once, then refused as a standby');
      assert.deepEqual(leader.observed.runs.length, JOBS.length, 'no job ran after the first pass');
    });
  });
});
