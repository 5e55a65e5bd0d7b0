import assert from 'node:assert/strict';
import { readFileSync, readlinkSync, statSync } from 'node:fs';
import { execa } from 'execa';
import { NETNS_DIR, deleteNetns, netnsPath } from '../../src/internal/netns.js';
import { CommandRunner } from '../../src/internal/runner.js';
import { Lab } from './fixture.js';

/** Mount points in the mount namespace of `pid`, with their optional fields (shared:N, master:N). */
function mounts(pid: number | 'self'): Array<{ point: string; optional: string }> {
  return readFileSync(`/proc/${pid}/mountinfo`, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const fields = line.split(' ');
      return { point: fields[4] ?? '', optional: fields.slice(6, fields.indexOf('-')).join(' ') };
    });
}

describe('entering a namespace', () => {
  let lab: Lab;

  before(() => {
    lab = new Lab();
  });

  after(() => lab.cleanup());

  it('a thread that cannot return to its own namespace aborts the process rather than run on inside another', async () => {
    const ns = await lab.namespace('x');
    const netns = new URL('../../src/internal/netns.js', import.meta.url).href;
    // Inside fn, close the fd inNetns keeps for the way back, so setns back fails with EBADF.
    const script = `
      import { closeSync, readdirSync, readlinkSync } from 'node:fs';
      import { inNetns } from ${JSON.stringify(netns)};
      const own = readlinkSync('/proc/thread-self/ns/net');
      try {
        inNetns(process.argv[1], () => {
          for (const fd of readdirSync('/proc/self/fd')) {
            try { if (readlinkSync('/proc/self/fd/' + fd) === own) closeSync(Number(fd)); } catch {}
          }
        });
      } catch (err) {
        console.log('threw', String(err), 'now in', readlinkSync('/proc/thread-self/ns/net'));
      }
    `;
    const r = await execa('node', ['--input-type=module', '-e', script, ns], { reject: false });
    assert.equal(r.signal, 'SIGABRT', r.stdout);
  });

  it('namespaces are made under a shared /run/netns, so removing one also unmounts it in mount namespaces made later', async function () {
    this.timeout(20_000);
    const ns = await lab.namespace('shared');
    assert.match(mounts('self').findLast((m) => m.point === NETNS_DIR)?.optional ?? '', /shared:/);
    // Stands in for libvirt's per-QEMU mount namespace, which is a slave of the host's.
    const holder = execa('unshare', ['--mount', '--propagation', 'slave', 'sleep', '600'], { reject: false });
    try {
      const pid = holder.pid ?? assert.fail('no pid');
      for (let i = 0; i < 100 && !mounts(pid).some((m) => m.point === netnsPath(ns)); i++) await new Promise((r) => setTimeout(r, 20));
      assert.ok(mounts(pid).some((m) => m.point === netnsPath(ns)), 'control: the new mount namespace holds a copy');
      deleteNetns(ns);
      assert.ok(!mounts(pid).some((m) => m.point === netnsPath(ns)), 'the copy went with the original');
    } finally {
      holder.kill('SIGKILL');
      await holder;
    }
  });

  it('the command runner starts a command inside a named namespace, and its helper stays in its own', async () => {
    const ns = await lab.namespace('run');
    const runner = new CommandRunner();
    try {
      const inside = await runner.run('readlink', ['/proc/self/ns/net'], { netns: ns });
      const after = await runner.run('readlink', ['/proc/self/ns/net']);
      const missing = await runner.run('true', [], { netns: lab.ns('missing') });
      assert.equal(inside.stdout, `net:[${statSync(netnsPath(ns)).ino}]`);
      assert.equal(after.stdout, readlinkSync('/proc/self/ns/net'), 'the helper went back to its own namespace');
      assert.equal(missing.exitCode, null);
      assert.match(missing.error ?? '', /netns enter failed for .*missing/);
    } finally {
      runner.close();
    }
  });
});
