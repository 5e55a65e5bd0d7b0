import { closeSync } from 'node:fs';
import { constants } from 'node:os';
import { PidfdError } from '../errors.js';
import { netnsAddon } from './native.js';

/**
 * pidfd_open's answers for a pid that names no process: ESRCH when it is
 * free; EINVAL when it names a thread or is still referenced (a session id,
 * say) after its process was reaped, which recent kernels tell apart as
 * ENOENT and ESRCH.
 */
const NO_PROCESS = new Set(['ESRCH', 'EINVAL', 'ENOENT']);

/** One process, held by a pidfd: what is done through it reaches that process or none. */
export class Pidfd {
  private closed = false;

  constructor(
    readonly pid: number,
    readonly fd: number,
  ) {}

  /** False once the process has been reaped: it is gone, and nothing was signalled. */
  signal(name: NodeJS.Signals): boolean {
    try {
      netnsAddon().pidfdSendSignal(this.fd, constants.signals[name]);
      return true;
    } catch (err) {
      const failure = new PidfdError('pidfd_send_signal', this.pid, err);
      if (failure.errno === 'ESRCH') return false;
      throw failure;
    }
  }

  /** Whether the process has exited; a zombie has, and holds no files any more. */
  exited(): boolean {
    try {
      return netnsAddon().pidfdExited(this.fd);
    } catch (err) {
      throw new PidfdError('poll', this.pid, err);
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}

/**
 * A pidfd for `pid` if `verify(pid)` holds once it is open and the process
 * the fd holds has still not exited after it; undefined when there is no
 * such process or it is not the one wanted. A process that has not exited
 * keeps its pid, so what verify read under /proc/<pid> was that process's;
 * checked before the open, the pid could be another process's by then. A
 * pid reused after the check leaves the fd naming the old process, which
 * signals no longer reach.
 */
export function openVerified(pid: number, verify: (pid: number) => boolean): Pidfd | undefined {
  let fd: number;
  try {
    fd = netnsAddon().pidfdOpen(pid);
  } catch (err) {
    const failure = new PidfdError('pidfd_open', pid, err);
    if (failure.errno !== undefined && NO_PROCESS.has(failure.errno)) return undefined;
    throw failure;
  }
  const held = new Pidfd(pid, fd);
  let ours = false;
  try {
    ours = verify(pid) && !held.exited();
    return ours ? held : undefined;
  } finally {
    if (!ours) held.close();
  }
}
