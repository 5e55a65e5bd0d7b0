import { constants } from 'node:fs';
import { access, chmod, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '@sf/common';
import type { DomainType } from '../types.js';
import { hostFile, remove } from './files.js';
import { kvmCpuElement } from './kvm-cpu.js';
import type { Libvirt } from './libvirt.js';
import { el, renderXml } from './xml.js';

export interface ProbeOptions {
  configured: 'auto' | DomainType;
  /** compute.domain_prefix; the probe domain and its folder are named after it. */
  domainPrefix: string;
  /** node.state_dir; the probe guest's console log is written below it. */
  stateDir: string;
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
      kvmCpuElement(disabled),
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
 * found and destroyed by the next start. Its folder is fixed for the same
 * reason: the next start removes what a killed probe left.
 */
function probeDomainName(domainPrefix: string): string {
  return `${domainPrefix}kvm-probe`;
}

function probeDir(options: ProbeOptions): string {
  return join(options.stateDir, probeDomainName(options.domainPrefix));
}

async function booted(logPath: string): Promise<boolean> {
  return BOOTED.test(await readFile(logPath, 'utf8').catch(() => ''));
}

/** Null when the kernel booted under KVM, else why not. */
export async function bootsUnderKvm(libvirt: Libvirt, kernel: string, options: ProbeOptions): Promise<string | null> {
  const name = probeDomainName(options.domainPrefix);
  const dir = probeDir(options);
  const logPath = join(dir, 'console.log');
  // A log a killed probe left may hold the marker, which would pass for this guest's boot.
  await remove(dir);
  await hostFile('create', dir, async () => {
    await mkdir(dir, { recursive: true });
    // QEMU runs as libvirt-qemu and writes the console log here.
    await chmod(dir, 0o755);
  });
  try {
    await libvirt.createTransient(name, probeXml(name, kernel, logPath, options.kvmDisabledCpuFeatures));
    const deadline = Date.now() + options.timeoutSeconds * 1000;
    while (Date.now() < deadline) {
      if (await booted(logPath)) return null;
      if ((await libvirt.lookup(name)) === null) {
        // With panic=-1 and on_reboot=destroy the guest can print its marker and vanish between the read and the lookup.
        return (await booted(logPath)) ? null : 'the probe guest stopped before its kernel finished booting';
      }
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
      await remove(dir);
    }
  }
}

/**
 * Decides the domain type for this node. /dev/kvm existing is not enough: on
 * nested hosts KVM guests can hang in early boot, so kvm is chosen only when a
 * kernel actually boots under it with the CPU model instances would get.
 */
export async function chooseDomainType(libvirt: Libvirt, options: ProbeOptions): Promise<ProbeResult> {
  // Also when the type is configured: nothing else would ever remove a probe guest, or its folder, an earlier crash left.
  await libvirt.stopByName(probeDomainName(options.domainPrefix));
  await remove(probeDir(options));
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
