import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { DnsmasqError } from '../errors.js';
import type { ObservedDnsmasq } from '../types.js';
import type { DnsmasqPaths } from './dnsmasq-config.js';
import { netnsPath } from './netns.js';
import type { CommandRunner } from './runner.js';

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** A live (not zombie) process started with this configuration file: ours, whatever the pid file says. */
function isOurDnsmasq(pid: number, configPath: string): boolean {
  const stat = readOptional(`/proc/${pid}/stat`);
  if (stat === undefined || / Z /.test(stat.slice(stat.lastIndexOf(')')))) return false;
  const cmdline = readOptional(`/proc/${pid}/cmdline`)?.split('\0') ?? [];
  return cmdline.includes(`--conf-file=${configPath}`);
}

/**
 * Whether a process we signalled still holds what it had. One that is
 * exiting has an empty command line (its memory goes first) but may still
 * hold its sockets until it is a zombie; a pid already given to another
 * process is ours no more.
 */
function stillHolding(pid: number, configPath: string): boolean {
  const stat = readOptional(`/proc/${pid}/stat`);
  if (stat === undefined || / Z /.test(stat.slice(stat.lastIndexOf(')')))) return false;
  const cmdline = readOptional(`/proc/${pid}/cmdline`) ?? '';
  return cmdline === '' || cmdline.split('\0').includes(`--conf-file=${configPath}`);
}

/** The pid file can be lost or stale while dnsmasq runs on; its command line still names its configuration. */
function findDnsmasq(paths: DnsmasqPaths): number | undefined {
  const pid = Number(readOptional(paths.pid)?.trim());
  if (Number.isInteger(pid) && pid > 0 && isOurDnsmasq(pid, paths.config)) return pid;
  if (!existsSync(paths.config)) return undefined;
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .find((candidate) => isOurDnsmasq(candidate, paths.config));
}

const digest = (content: string): string => createHash('sha256').update(content).digest('hex');

export function observeDnsmasq(paths: DnsmasqPaths): ObservedDnsmasq | undefined {
  const pid = findDnsmasq(paths);
  if (pid === undefined) return undefined;
  const hostsFile = readOptional(paths.hosts);
  const hostsLoaded = hostsFile !== undefined && readOptional(paths.loaded) === digest(hostsFile);
  return { pid, hostsFile, hostsLoaded, configFile: readOptional(paths.config) };
}

/** dnsmasq may read the file at any moment (a restart, a SIGHUP), so it never sees half of one. */
function writeAtomically(path: string, content: string): void {
  const temporary = `${path}.new`;
  writeFileSync(temporary, content, { mode: 0o644 });
  renameSync(temporary, path);
}

export function writeDnsmasqFiles(vni: number, paths: DnsmasqPaths, config: string, hosts: string): void {
  try {
    mkdirSync(paths.dir, { recursive: true, mode: 0o755 });
    writeAtomically(paths.config, config);
    writeAtomically(paths.hosts, hosts);
  } catch (err) {
    throw new DnsmasqError('write files', vni, err);
  }
}

/** dnsmasq daemonises once its sockets are bound, so a zero exit means it is serving. */
export async function startDnsmasq(runner: CommandRunner, vni: number, binary: string, namespace: string, paths: DnsmasqPaths): Promise<number> {
  const result = await runner.run('nsenter', [`--net=${netnsPath(namespace)}`, binary, `--conf-file=${paths.config}`]).catch((err: unknown) => {
    throw new DnsmasqError('start', vni, err);
  });
  if (result.exitCode !== 0) throw new DnsmasqError('start', vni, new Error(`${result.error ?? `exit ${result.exitCode}`}: ${result.stderr.trim()}`));
  const found = observeDnsmasq(paths);
  if (found === undefined) throw new DnsmasqError('start', vni, new Error('no live process behind the pid file'));
  return found.pid;
}

/**
 * Record that dnsmasq has read `hosts` (at start or on SIGHUP). The hosts file
 * alone cannot tell: it is written before the signal, and a crash in between
 * would leave it matching the desired state with dnsmasq serving the old one.
 */
export function markHostsLoaded(vni: number, paths: DnsmasqPaths, hosts: string): void {
  try {
    writeAtomically(paths.loaded, digest(hosts));
  } catch (err) {
    throw new DnsmasqError('write files', vni, err);
  }
}

/** SIGHUP re-reads the hosts file; leases stay in memory and in the lease file. */
export function reloadDnsmasq(vni: number, pid: number, paths: DnsmasqPaths, hosts: string): void {
  try {
    process.kill(pid, 'SIGHUP');
  } catch (err) {
    throw new DnsmasqError('reload', vni, err);
  }
  markHostsLoaded(vni, paths, hosts);
}

/** Send `signal` and wait up to two seconds for the process to end; false if it is still there. */
async function signalAndWait(vni: number, pid: number, configPath: string, signal: NodeJS.Signals): Promise<boolean> {
  try {
    process.kill(pid, signal);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return true;
    throw new DnsmasqError('stop', vni, err);
  }
  for (let i = 0; i < 100; i++) {
    if (!stillHolding(pid, configPath)) return true;
    await sleep(20);
  }
  return false;
}

/** Returns once the process is gone, so a new dnsmasq can bind its addresses. */
export async function stopDnsmasq(vni: number, pid: number, configPath: string): Promise<void> {
  if (await signalAndWait(vni, pid, configPath, 'SIGTERM')) return;
  if (await signalAndWait(vni, pid, configPath, 'SIGKILL')) return;
  throw new DnsmasqError('stop', vni, new Error(`pid ${pid} still running after SIGKILL`));
}

export function removeDnsmasqFiles(paths: DnsmasqPaths): void {
  if (existsSync(paths.dir)) rmSync(paths.dir, { recursive: true, force: true });
}
