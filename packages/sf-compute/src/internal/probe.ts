import { constants } from 'node:fs';
import { access, chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '@sf/common';
import type { DomainType } from '../types.js';
import type { Libvirt } from './libvirt.js';
import { el, renderXml } from './xml.js';

export interface ProbeOptions {
  configured: 'auto' | DomainType;
  /** compute.domain_prefix; the probe domain is named after it. */
  domainPrefix: string;
  /** Kernel to boot; empty means the newest /boot/vmlinuz-*. */
  kernel: string;
  timeoutSeconds: number;
  kvmDisabledCpuFeatures: readonly string[];
  logger: Logger;
}

export interface ProbeResult {
  domainType: DomainType;
  reason: string;
}

// Without a root device the kernel panics on mounting root: proof it got through all of early boot.
const BOOTED = /VFS: Unable to mount root|Kernel panic/;

async function newestKernel(): Promise<string | null> {
  const names = await readdir('/boot').catch(() => [] as string[]);
  const kernels = names.filter((name) => name.startsWith('vmlinuz-')).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  const newest = kernels.at(-1);
  return newest === undefined ? null : join('/boot', newest);
}

function probeXml(name: string, kernel: string, logPath: string, disabled: readonly string[]): string {
  return renderXml(
    el(
      'domain',
      { type: 'kvm' },
      el('name', {}, name),
      el('memory', { unit: 'MiB' }, '256'),
      el('vcpu', {}, '1'),
      el('os', {}, el('type', { arch: 'x86_64', machine: 'pc' }, 'hvm'), el('kernel', {}, kernel), el('cmdline', {}, 'console=ttyS0 panic=-1 loglevel=3')),
      el('cpu', { mode: 'host-passthrough' }, ...disabled.map((feature) => el('feature', { policy: 'disable', name: feature }))),
      el('on_reboot', {}, 'destroy'),
      el('devices', {}, el('serial', { type: 'file' }, el('source', { path: logPath }), el('target', { port: 0 })), el('video', {}, el('model', { type: 'none' }))),
    ),
  );
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One fixed name per node (instance domains are <prefix><uuid>, so it cannot
 * clash with one): a probe guest left running by a daemon that crashed
 * mid-probe, which on a host where KVM hangs would burn a CPU for ever, is
 * found and destroyed by the next start.
 */
function probeDomainName(domainPrefix: string): string {
  return `${domainPrefix}kvm-probe`;
}

async function bootsUnderKvm(libvirt: Libvirt, kernel: string, options: ProbeOptions): Promise<string | null> {
  const name = probeDomainName(options.domainPrefix);
  const dir = await mkdtemp(join(tmpdir(), 'sf-kvm-probe-'));
  const logPath = join(dir, 'console.log');
  try {
    await chmod(dir, 0o755);
    await libvirt.createTransient(probeXml(name, kernel, logPath, options.kvmDisabledCpuFeatures));
    const deadline = Date.now() + options.timeoutSeconds * 1000;
    while (Date.now() < deadline) {
      const log = await readFile(logPath, 'utf8').catch(() => '');
      if (BOOTED.test(log)) return null;
      if ((await libvirt.lookup(name)) === null) return 'the probe guest stopped before its kernel finished booting';
      await sleep(100);
    }
    return `the probe guest's kernel did not finish booting within ${options.timeoutSeconds} s`;
  } catch (err) {
    return `the probe guest could not start: ${(err as Error).message}`;
  } finally {
    try {
      // By name, not by handle: a create that failed on a lost connection may still have started the guest.
      await libvirt.stopByName(name);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

/**
 * Decides the domain type for this node. /dev/kvm existing is not enough: on
 * nested hosts KVM guests can hang in early boot, so kvm is chosen only when a
 * kernel actually boots under it with the CPU model instances would get.
 */
export async function chooseDomainType(libvirt: Libvirt, options: ProbeOptions): Promise<ProbeResult> {
  // Also when the type is configured: nothing else would ever remove a probe guest an earlier crash left.
  await libvirt.stopByName(probeDomainName(options.domainPrefix));
  if (options.configured !== 'auto') return { domainType: options.configured, reason: 'configured (libvirt.type)' };
  const decide = (domainType: DomainType, reason: string): ProbeResult => {
    options.logger.info({ domain_type: domainType, reason }, 'hypervisor domain type chosen');
    return { domainType, reason };
  };
  try {
    await access('/dev/kvm', constants.R_OK | constants.W_OK);
  } catch {
    return decide('qemu', '/dev/kvm is not available');
  }
  const kernel = options.kernel !== '' ? options.kernel : await newestKernel();
  if (kernel === null) return decide('qemu', 'no kernel in /boot to probe KVM with');
  const failure = await bootsUnderKvm(libvirt, kernel, options);
  return failure === null ? decide('kvm', 'a kernel booted under KVM') : decide('qemu', `KVM probe failed: ${failure}`);
}
