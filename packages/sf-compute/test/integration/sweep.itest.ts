import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { exists, virshHasDomain } from './helpers/env.js';
import { removeBridge, removeDomains, startTime, sweepDeadRuns, testRun } from './helpers/run.js';

const domainOf = (runId: string): string => `${runId}-leftover`;
const bridgeOf = (runId: string): string => `${runId}00`;

/** What a test run leaves when it is killed: a running domain, a bridge with its dnsmasq, and its folder. */
async function leaveRun(runId: string, subnet: string): Promise<{ dnsmasq: ChildProcess; exited: Promise<unknown> }> {
  const domain = domainOf(runId);
  const bridge = bridgeOf(runId);
  await mkdir(join(tmpdir(), runId));
  // No disk: the firmware loops for ever, as a guest on deleted files would run on.
  const xml = join(tmpdir(), runId, 'domain.xml');
  await writeFile(xml, `<domain type="qemu"><name>${domain}</name><memory unit="MiB">32</memory><os><type arch="x86_64" machine="pc">hvm</type></os><devices><video><model type="none"/></video></devices></domain>`);
  await execa('virsh', ['-c', 'qemu:///system', 'create', xml]);
  await execa('ip', ['link', 'add', bridge, 'type', 'bridge']);
  await execa('ip', ['addr', 'add', `${subnet}.1/24`, 'dev', bridge]);
  const args = ['--keep-in-foreground', '--conf-file=/dev/null', '--port=0', `--interface=${bridge}`, '--bind-interfaces', '--except-interface=lo', `--dhcp-range=${subnet}.10,${subnet}.20,1h`, '--leasefile-ro'];
  const dnsmasq = spawn('dnsmasq', args, { stdio: 'ignore' });
  const exited = new Promise((resolve) => dnsmasq.once('exit', resolve));
  return { dnsmasq, exited };
}

describe('test runs: what a killed run left is swept, what a live run holds is not', function () {
  this.timeout(120000);

  it('sweeps the domain, bridge, dnsmasq and folder of a dead run, and spares a live one', async () => {
    await testRun();
    const deadId = `sfct${randomBytes(3).toString('hex')}`;
    const liveId = `sfct${randomBytes(3).toString('hex')}`;
    try {
      // The live run's marker names this process, which is certainly alive.
      await writeFile(join(tmpdir(), `${liveId}.run`), `${process.pid} ${startTime(process.pid) ?? ''}\n`);
      const dead = await leaveRun(deadId, '10.232.1');
      const live = await leaveRun(liveId, '10.232.2');
      await sweepDeadRuns();
      assert.equal(await virshHasDomain(domainOf(deadId)), false);
      assert.equal((await execa('ip', ['link', 'show', 'dev', bridgeOf(deadId)], { reject: false })).exitCode, 1);
      await dead.exited;
      assert.equal(await exists(join(tmpdir(), deadId)), false);

      assert.equal(await virshHasDomain(domainOf(liveId)), true);
      assert.equal((await execa('ip', ['link', 'show', 'dev', bridgeOf(liveId)], { reject: false })).exitCode, 0);
      assert.equal(live.dnsmasq.exitCode, null);
      assert.equal(await exists(join(tmpdir(), liveId)), true);
    } finally {
      for (const runId of [deadId, liveId]) {
        await removeDomains([domainOf(runId)]);
        await removeBridge(bridgeOf(runId));
        await rm(join(tmpdir(), runId), { recursive: true, force: true });
        await rm(join(tmpdir(), `${runId}.run`), { force: true });
      }
    }
  });
});
