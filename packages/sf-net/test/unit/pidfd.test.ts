import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { PidfdError } from '../../src/index.js';
import { netnsAddon } from '../../src/internal/native.js';
import { openVerified, Pidfd } from '../../src/internal/pidfd.js';
import { openPidfds } from './open-pidfds.js';

const ESRCH = 3;

describe('pidfds', () => {
  let children: ChildProcess[];
  let held: Pidfd[];

  async function sleeper(): Promise<{ child: ChildProcess; pid: number }> {
    const child = spawn('sleep', ['600'], { stdio: 'ignore' });
    children.push(child);
    await once(child, 'spawn');
    return { child, pid: child.pid ?? assert.fail('no pid') };
  }

  /** Waits for the child to be reaped: Node reports its exit only after waitpid. */
  async function reaped(child: ChildProcess): Promise<NodeJS.Signals | null> {
    if (child.exitCode !== null || child.signalCode !== null) return child.signalCode;
    const [, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    return signal;
  }

  /** Every test's pidfds go through here, so a failed one leaves none open. */
  function hold(pid: number, verify: (pid: number) => boolean = () => true): Pidfd | undefined {
    const pidfd = openVerified(pid, verify);
    if (pidfd !== undefined) held.push(pidfd);
    return pidfd;
  }

  beforeEach(() => {
    children = [];
    held = [];
  });

  afterEach(() => {
    for (const pidfd of held) pidfd.close();
    for (const child of children) child.kill('SIGKILL');
  });

  it('the addon opens a pidfd, signals through it and sees the process exit', async () => {
    const { child, pid } = await sleeper();
    const addon = netnsAddon();
    const fd = addon.pidfdOpen(pid);
    held.push(new Pidfd(pid, fd));
    assert.equal(addon.pidfdExited(fd), false);
    addon.pidfdSendSignal(fd, 15);
    assert.equal(await reaped(child), 'SIGTERM');
    assert.equal(addon.pidfdExited(fd), true);
    assert.throws(() => addon.pidfdSendSignal(fd, 15), (err: Error & { errno?: number }) => err.errno === ESRCH && /^pidfd_send_signal: /.test(err.message));
    assert.throws(() => addon.pidfdOpen(pid), (err: Error & { errno?: number }) => err.errno === ESRCH && /^pidfd_open: /.test(err.message));
  });

  it('a signal through a pidfd reaches its process; once that is reaped, it reaches nothing', async () => {
    const { child, pid } = await sleeper();
    const pidfd = hold(pid) ?? assert.fail('not held');
    assert.equal(pidfd.exited(), false);
    assert.equal(pidfd.signal('SIGKILL'), true);
    assert.equal(await reaped(child), 'SIGKILL');
    assert.equal(pidfd.exited(), true);
    assert.equal(pidfd.signal('SIGTERM'), false, 'ESRCH: gone, not an error');
  });

  it('a reaped process is not held, and its check is never made', async () => {
    const { child, pid } = await sleeper();
    child.kill('SIGKILL');
    await reaped(child);
    // Pids are handed out in increasing order: the one just freed is not given again this soon.
    assert.equal(hold(pid, () => assert.fail('checked a process that is not there')), undefined);
  });

  it('a pid that names a thread, not a process, is not held', () => {
    const thread = readdirSync('/proc/self/task').map(Number).find((tid) => tid !== process.pid) ?? assert.fail('no other thread');
    assert.equal(hold(thread), undefined);
  });

  it('the check is made with the pidfd already open, so it describes the process the fd holds', async () => {
    const { pid } = await sleeper();
    let seen: number[] | undefined;
    const pidfd = hold(pid, (checked) => {
      seen = openPidfds(checked);
      return true;
    });
    assert.deepEqual(seen, [pidfd?.fd]);
    pidfd?.close();
    assert.deepEqual(openPidfds(pid), []);
  });

  it('a process that exits while it is checked is let go, though the check passed: the pid may be another process\'s by then', async () => {
    const { child, pid } = await sleeper();
    const pidfd = hold(pid, (checked) => {
      process.kill(checked, 'SIGKILL');
      // Not reaped while this runs (Node waits for it on the event loop), so the pid stays a zombie's, not yet reusable.
      const deadline = Date.now() + 2000;
      while (!/^\S+ \(.*\) Z /.test(readFileSync(`/proc/${checked}/stat`, 'utf8'))) if (Date.now() > deadline) assert.fail('the child did not exit');
      return true;
    });
    assert.equal(pidfd, undefined);
    assert.deepEqual(openPidfds(pid), []);
    assert.equal(await reaped(child), 'SIGKILL');
  });

  it('a process that fails the check, or whose check throws, is let go', async () => {
    const { pid } = await sleeper();
    assert.equal(hold(pid, () => false), undefined);
    assert.deepEqual(openPidfds(pid), []);
    assert.throws(() => hold(pid, () => assert.fail('check failed')), /check failed/);
    assert.deepEqual(openPidfds(pid), []);
  });

  it('a failure other than the process being gone is a typed error naming the call and the pid', async () => {
    const { pid } = await sleeper();
    const stale = new Pidfd(pid, -1);
    for (const [call, operation] of [[() => stale.signal('SIGTERM'), 'pidfd_send_signal'], [() => stale.exited(), 'poll']] as const) {
      assert.throws(call, (err: unknown) => {
        assert.ok(err instanceof PidfdError);
        assert.equal(err.code, 'SF_ERR_INTERNAL_PIDFD');
        assert.deepEqual(err.details, { operation, pid, errno: 'EBADF' });
        assert.equal(err.message, `${operation} failed for pid ${pid}: EBADF`);
        return true;
      });
    }
  });
});
