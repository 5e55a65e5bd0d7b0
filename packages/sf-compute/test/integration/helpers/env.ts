import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, loadConfig, type SfConfig } from '@sf/common';
import { execa } from 'execa';
import { ComputeDriver, driverOptionsFromConfig, probeDomainType, type DriverHooks, type InstanceSpec, type ProbeResult } from '../../../src/index.js';
import { domainsWithPrefix, removeDomains, testRun } from './run.js';

export const logger = createLogger({ name: 'sf-compute-test', level: 'warn' });
const SCRIPT = fileURLToPath(new URL('../../../../scripts/build-test-guest.sh', import.meta.url));

let guest: Promise<string> | undefined;
/** The test guest's qcow2, built once per checkout (the script skips an existing image). */
export function testGuestImage(): Promise<string> {
  guest ??= execa('bash', [SCRIPT]).then((result) => result.stdout.trim().split('\n').at(-1) ?? '');
  return guest;
}

/**
 * Configuration as an operator would set it (SHAKENFIST_* overrides apply),
 * without /etc/sf, except that domains carry this run's prefix and node state
 * lives in this run's folder: never production's `sf-` names or files.
 */
export async function testConfig(): Promise<SfConfig> {
  const run = await testRun();
  const file = join(run.dir, 'config.json');
  writeFileSync(file, '{}\n');
  try {
    const config = loadConfig({ file, env: process.env });
    config.compute.domain_prefix = run.prefix;
    config.node.state_dir = run.dir;
    return config;
  } finally {
    rmSync(file, { force: true });
  }
}

let probe: Promise<ProbeResult> | undefined;
/** One probe per test process: it can take probe_timeout seconds on a host where KVM hangs. */
export function testDomainType(): Promise<ProbeResult> {
  probe ??= testConfig().then((config) => probeDomainType(config, logger));
  return probe;
}

export interface TestEnv {
  root: string;
  driver: ComputeDriver;
  uuids: string[];
  newUuid(): string;
  cleanup(): Promise<void>;
}

/**
 * A driver over a throwaway state folder. cleanup destroys every instance it
 * handed out, and fails if any of that failed or if a domain of this run is
 * still there (removing it, so the next suite starts clean).
 */
export async function testEnv(hooks?: DriverHooks): Promise<TestEnv> {
  // Probed before the folder is made, so a failed probe leaves nothing behind.
  const { domainType } = await testDomainType();
  const run = await testRun();
  const root = await mkdtemp(join(run.dir, 'env-'));
  // QEMU runs as libvirt-qemu and must reach the disks below this folder.
  await chmod(root, 0o755);
  const config = await testConfig();
  config.compute.image_cache_dir = join(root, 'images');
  config.compute.instance_dir = join(root, 'instances');
  const driver = new ComputeDriver(driverOptionsFromConfig(config, domainType, logger, hooks));
  const uuids: string[] = [];
  return {
    root,
    driver,
    uuids,
    newUuid() {
      const uuid = randomUUID();
      uuids.push(uuid);
      return uuid;
    },
    async cleanup() {
      const errors: unknown[] = [];
      for (const uuid of uuids) await driver.destroy(uuid).catch((err: unknown) => errors.push(err));
      await driver.close().catch((err: unknown) => errors.push(err));
      const left = await domainsWithPrefix(run.prefix);
      if (left.length > 0) {
        errors.push(new Error(`domains of this test run left behind: ${left.join(', ')}`));
        await removeDomains(left);
      }
      await rm(root, { recursive: true, force: true }).catch((err: unknown) => errors.push(err));
      if (errors.length === 1) throw errors[0];
      if (errors.length > 1) throw new AggregateError(errors, `test cleanup failed: ${errors.map((err) => (err as Error).message).join('; ')}`);
    },
  };
}

export function randomMac(): string {
  return `02:00:00:${[...randomBytes(3)].map((byte) => byte.toString(16).padStart(2, '0')).join(':')}`;
}

export function guestSpec(uuid: string, baseImage: string, overrides: Partial<InstanceSpec> = {}): InstanceSpec {
  return {
    uuid,
    name: `t-${uuid.slice(0, 8)}`,
    cpus: 1,
    memoryMib: 128,
    disks: [{ sizeGib: 1, baseImage, bus: 'virtio' }],
    interfaces: [],
    video: 'none',
    uefi: false,
    configDrive: { userData: '#cloud-config\n{}\n', sshKey: 'ssh-ed25519 AAAAC3Nza test@sf', format: 'iso' },
    ...overrides,
  };
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Whether libvirt knows a domain of this name, asked independently of the driver. */
export async function virshHasDomain(name: string): Promise<boolean> {
  const result = await execa('virsh', ['-c', 'qemu:///system', 'domstate', name], { reject: false });
  return result.exitCode === 0;
}

export async function virshState(name: string): Promise<string> {
  const result = await execa('virsh', ['-c', 'qemu:///system', 'domstate', name]);
  return result.stdout.trim();
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the console until `pattern` matches; returns the match. */
export async function waitForConsole(driver: ComputeDriver, uuid: string, pattern: RegExp, timeoutMs = 60000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = (await driver.readConsole(uuid, { offset: 0, length: -1 })).data.toString('utf8');
    const match = text.match(pattern);
    if (match !== null) return match;
    await sleep(100);
  }
  throw new Error(`console of ${uuid} never matched ${pattern}; it holds:\n${text}`);
}
