import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { stopDnsmasq } from '../../src/internal/dnsmasq.js';

/** State letter from /proc/<pid>/stat, or undefined once the process is reaped. */
function state(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
  } catch {
    return undefined;
  }
}

describe('stopping dnsmasq', () => {
  it('a process that ignores SIGTERM is killed, and stop returns only once it is gone', async function () {
    this.timeout(10_000);
    const config = `/nonexistent/sf-net-test-${process.pid}/dnsmasq.conf`;
    // Stands in for a stuck dnsmasq: it carries the --conf-file argument stop matches on.
    const child = spawn('/bin/sh', ['-c', 'trap "" TERM; echo ready; read x', 'sh', `--conf-file=${config}`], { stdio: ['pipe', 'pipe', 'ignore'] });
    const exited = once(child, 'exit');
    try {
      await once(child.stdout, 'data');
      const pid = child.pid ?? assert.fail('no pid');
      await stopDnsmasq(1, pid, config);
      assert.ok(['Z', undefined].includes(state(pid)), `state ${state(pid)}`);
      const [, signal] = await exited;
      assert.equal(signal, 'SIGKILL');
    } finally {
      child.kill('SIGKILL');
    }
  });
});
