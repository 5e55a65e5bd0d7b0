import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { createLogger } from '@sf/common';
import { maintenanceJobs, type MaintenancePort } from '../../src/jobs.js';
import { Leadership, type LockPort } from '../../src/leadership.js';
import { Maintainer } from '../../src/maintainer.js';

const log = createLogger({ name: 'test', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

class FakeLocks implements LockPort {
  holder: string | undefined;
  down = false;
  acquire(_name: string, holder: string) {
    if (this.down) return Promise.reject(new Error('tier down'));
    if (this.holder === undefined) this.holder = holder;
    return Promise.resolve({ ok: this.holder === holder });
  }
  refresh(_name: string, holder: string) {
    if (this.down) return Promise.reject(new Error('tier down'));
    return Promise.resolve({ ok: this.holder === holder });
  }
  release(_name: string, holder: string) {
    if (this.holder === holder) this.holder = undefined;
    return Promise.resolve({ ok: true });
  }
}

class FakePort implements MaintenancePort {
  calls: string[] = [];
  failReap = false;
  failAbandoned = false;
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
  failAbandonedCreates(olderThanSeconds: number) {
    this.calls.push(`abandoned>${olderThanSeconds}s`);
    return this.failAbandoned ? Promise.reject(new Error('sf-database too old')) : Promise.resolve([]);
  }
  requeueAbandonedDeletes() {
    this.calls.push('requeue');
    return Promise.resolve([]);
  }
  purgeDeleted() {
    this.calls.push('purge');
    return Promise.resolve({ purged: [], held: [], retired: [], truncated: false });
  }
}

describe('maintainer', () => {
  let clock = 0;
  const now = () => clock;
  const jobs = maintenanceJobs({ reapMs: 10, reclaimMs: 20, reconcileMs: 100, abandonedMs: 50, abandonedAfterSeconds: 600, purgeMs: 200 });

  beforeEach(() => {
    clock = 0;
  });

  it('runs the jobs only while it holds the lease, each on its own interval', async () => {
    const locks = new FakeLocks();
    const port = new FakePort();
    const leader = new Maintainer(new Leadership(locks, 'a', 60, log), jobs, port, log, now);
    const standbyPort = new FakePort();
    const standby = new Maintainer(new Leadership(locks, 'b', 60, log), jobs, standbyPort, log, now);
    await leader.pass();
    await standby.pass();
    assert.deepEqual(port.calls, ['reap', 'reclaim', 'abandoned>600s', 'requeue', 'purge', 'reconcile']);
    assert.deepEqual(standbyPort.calls, []);
    clock = 15;
    await leader.pass();
    assert.deepEqual(port.calls.slice(6), ['reap']);
  });

  it('keeps going when a job fails; failing abandoned creates does not stop requeueing abandoned deletes', async () => {
    const port = new FakePort();
    port.failReap = true;
    port.failAbandoned = true;
    await new Maintainer(new Leadership(new FakeLocks(), 'a', 60, log), jobs, port, log, now).pass();
    assert.deepEqual(port.calls, ['reap', 'reclaim', 'abandoned>600s', 'requeue', 'purge', 'reconcile']);
  });

  it('stops working when the lease cannot be renewed (fails closed), and a standby takes over after a resign', async () => {
    const locks = new FakeLocks();
    const port = new FakePort();
    const leadership = new Leadership(locks, 'a', 60, log);
    const leader = new Maintainer(leadership, jobs, port, log, now);
    await leader.pass();
    locks.down = true;
    clock = 1000;
    await leader.pass();
    assert.equal(leadership.isLeader, false);
    assert.equal(port.calls.length, 6);
    locks.down = false;
    locks.holder = undefined;
    const standbyPort = new FakePort();
    await new Maintainer(new Leadership(locks, 'b', 60, log), jobs, standbyPort, log, now).pass();
    assert.equal(standbyPort.calls.length, 6);
  });
});
