import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { removeBridge, testRun } from './run.js';

/** A bridge with no uplink and its own dnsmasq: the only network the tests' guests see. */
export interface TestBridge {
  name: string;
  gateway: string;
  leaseFor(mac: string): Promise<string | null>;
  cleanup(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let bridges = 0;

/** Named `<run id><nn>`, so a later run can tell whether the run that made it is still alive. */
export async function createTestBridge(): Promise<TestBridge> {
  const run = await testRun();
  const name = `${run.id}${(bridges++).toString(16).padStart(2, '0')}`;
  const prefix = `10.231.${randomInt(1, 254)}`;
  const dir = await mkdtemp(join(run.dir, `${name}-dnsmasq-`));
  const leases = join(dir, 'leases');
  let dnsmasq: ChildProcess | null = null;
  let exited = false;
  /** Fails if the bridge is still there afterwards. */
  const cleanup = async (): Promise<void> => {
    if (dnsmasq !== null && !exited) {
      const gone = new Promise((resolve) => dnsmasq?.once('exit', resolve));
      dnsmasq.kill('SIGTERM');
      await Promise.race([gone, sleep(3000)]);
    }
    // Also kills a dnsmasq that ignored SIGTERM.
    await removeBridge(name);
    await rm(dir, { recursive: true, force: true });
    const { exitCode } = await execa('ip', ['link', 'show', 'dev', name], { reject: false });
    if (exitCode === 0) throw new Error(`test bridge ${name} is still there after its cleanup`);
  };
  try {
    await execa('ip', ['link', 'add', name, 'type', 'bridge']);
    await execa('ip', ['addr', 'add', `${prefix}.1/24`, 'dev', name]);
    await execa('ip', ['link', 'set', name, 'up']);
    dnsmasq = spawn(
      'dnsmasq',
      [
        '--keep-in-foreground',
        '--conf-file=/dev/null',
        '--port=0',
        `--interface=${name}`,
        '--bind-interfaces',
        '--except-interface=lo',
        `--dhcp-range=${prefix}.10,${prefix}.200,255.255.255.0,1h`,
        // dnsmasq otherwise pings each new address and waits ~3 s for silence before offering it.
        '--no-ping',
        `--dhcp-leasefile=${leases}`,
        `--pid-file=${join(dir, 'pid')}`,
        `--log-facility=${join(dir, 'log')}`,
      ],
      { stdio: 'ignore' },
    );
    dnsmasq.once('exit', () => {
      exited = true;
    });
    await sleep(200);
    if (exited) throw new Error('dnsmasq exited at start');
  } catch (err) {
    await cleanup();
    throw err;
  }
  return {
    name,
    gateway: `${prefix}.1`,
    async leaseFor(mac: string) {
      const text = await readFile(leases, 'utf8').catch(() => '');
      for (const line of text.split('\n')) {
        const [, leaseMac, ip] = line.split(' ');
        if (leaseMac === mac) return ip ?? null;
      }
      return null;
    },
    cleanup,
  };
}
