import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DnsmasqError } from '../../src/index.js';
import { dnsmasqPaths } from '../../src/internal/dnsmasq-config.js';
import { observeDnsmasq, reloadDnsmasq, stopDnsmasq, type DnsmasqIdentity } from '../../src/internal/dnsmasq.js';
import { netnsIdOf } from '../../src/internal/netns.js';
import { openPidfds } from './open-pidfds.js';

/** State letter from /proc/<pid>/stat, or undefined once the process is reaped. */
function state(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
  } catch {
    return undefined;
  }
}

const alive = (pid: number): boolean => !['Z', undefined].includes(state(pid));

describe('finding and signalling dnsmasq', () => {
  let dir: string;
  let identity: DnsmasqIdentity;
  let children: ChildProcess[];
  let pidfdsBefore: Set<number>;
  const ownNetns = netnsIdOf('/proc/self/ns/net') ?? assert.fail('no namespace id');

  /** Stands in for dnsmasq: /bin/sh carrying the --conf-file argument, ignoring the signals named (SIGTERM and SIGHUP unless told). */
  async function fakeDnsmasq(config = identity.configPath, ignored = ['TERM', 'HUP']): Promise<number> {
    const traps = ignored.length === 0 ? '' : `trap "" ${ignored.join(' ')}; `;
    const child = spawn('/bin/sh', ['-c', `${traps}echo ready; read x`, 'sh', `--conf-file=${config}`], { stdio: ['pipe', 'pipe', 'ignore'] });
    children.push(child);
    await once(child.stdout, 'data');
    return child.pid ?? assert.fail('no pid');
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sf-net-dnsmasq-'));
    identity = { binary: '/bin/sh', configPath: dnsmasqPaths(dir, 1).config };
    children = [];
    // Only this test's: another suite's pidfd, or one the runtime holds, is not this code's leak.
    pidfdsBefore = new Set(openPidfds());
  });

  afterEach(() => {
    const leaked = openPidfds().filter((fd) => !pidfdsBefore.has(fd));
    for (const child of children) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    assert.deepEqual(leaked, [], 'every pidfd opened to signal a process was closed');
  });

  it('a process that exits on SIGTERM is stopped by it alone', async () => {
    const pid = await fakeDnsmasq(identity.configPath, []);
    const exited = once(children[0] ?? assert.fail(), 'exit');
    await stopDnsmasq(1, { pid, netnsId: ownNetns }, identity);
    const [, signal] = await exited;
    assert.equal(signal, 'SIGTERM');
  });

  it('a reload sends SIGHUP to the verified process, then records the hosts it was given as loaded', async () => {
    const pid = await fakeDnsmasq(identity.configPath, ['TERM']);
    const paths = dnsmasqPaths(dir, 1);
    mkdirSync(paths.dir, { recursive: true });
    const exited = once(children[0] ?? assert.fail(), 'exit');
    reloadDnsmasq(1, { pid, netnsId: ownNetns }, identity, paths, 'hosts v2');
    const [, signal] = await exited;
    assert.equal(signal, 'SIGHUP');
    assert.equal(readFileSync(paths.loaded, 'utf8'), createHash('sha256').update('hosts v2').digest('hex'));
  });

  it('a process that ignores SIGTERM is killed, and stop returns only once it is gone', async function () {
    this.timeout(10_000);
    const pid = await fakeDnsmasq();
    const exited = once(children[0] ?? assert.fail(), 'exit');
    await stopDnsmasq(1, { pid, netnsId: ownNetns }, identity);
    assert.ok(!alive(pid), `state ${state(pid)}`);
    const [, signal] = await exited;
    assert.equal(signal, 'SIGKILL');
  });

  it('is found by its pid file or its command line, and placed in its namespace', async () => {
    const pid = await fakeDnsmasq();
    const paths = dnsmasqPaths(dir, 1);
    mkdirSync(paths.dir, { recursive: true });
    writeFileSync(paths.config, '');
    assert.deepEqual(observeDnsmasq(paths, identity, '/proc/self/ns/net')?.pid, pid, 'without a pid file');
    writeFileSync(paths.pid, `${pid}\n`);
    const seen = observeDnsmasq(paths, identity, '/proc/self/ns/net');
    assert.deepEqual([seen?.pid, seen?.netnsId, seen?.inNetworkNamespace], [pid, ownNetns, true]);
    assert.equal(observeDnsmasq(paths, identity, '/proc/1/ns/net')?.inNetworkNamespace, ownNetns === netnsIdOf('/proc/1/ns/net'));
  });

  it('a process running another binary, in another namespace or with an empty command line is never signalled', async () => {
    const pid = await fakeDnsmasq();
    const hosts = join(dir, 'hosts');
    const paths = dnsmasqPaths(dir, 1);
    const refused = (err: unknown): boolean => err instanceof DnsmasqError && /no longer this network's dnsmasq/.test(err.message);
    assert.throws(() => reloadDnsmasq(1, { pid, netnsId: ownNetns }, { ...identity, binary: '/usr/sbin/dnsmasq' }, paths, hosts), refused);
    assert.throws(() => reloadDnsmasq(1, { pid, netnsId: '0:0' }, identity, paths, hosts), refused);
    // pid 2 is kthreadd: a kernel thread has no command line at all.
    assert.throws(() => reloadDnsmasq(1, { pid: 2, netnsId: ownNetns }, { binary: '/bin/sh', configPath: '' }, paths, hosts), refused);
    await stopDnsmasq(1, { pid, netnsId: ownNetns }, { ...identity, binary: '/usr/sbin/dnsmasq' });
    await stopDnsmasq(1, { pid, netnsId: '0:0' }, identity);
    assert.ok(alive(pid), 'neither stop signalled it');
    const other = await fakeDnsmasq(join(dir, 'other.conf'));
    await stopDnsmasq(1, { pid: other, netnsId: ownNetns }, identity);
    assert.ok(alive(other), 'nor one of another configuration');
  });

  it('a pid whose process has gone is not signalled, whoever has it now', async () => {
    const pid = await fakeDnsmasq();
    const child = children[0] ?? assert.fail();
    child.kill('SIGKILL');
    await once(child, 'exit');
    await stopDnsmasq(1, { pid, netnsId: ownNetns }, identity);
    assert.throws(() => reloadDnsmasq(1, { pid, netnsId: ownNetns }, identity, dnsmasqPaths(dir, 1), join(dir, 'hosts')), DnsmasqError);
  });
});
