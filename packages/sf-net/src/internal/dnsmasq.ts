import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { DnsmasqError } from '../errors.js';
import type { ObservedDnsmasq } from '../types.js';
import { dnsmasqPaths, type DnsmasqPaths } from './dnsmasq-config.js';
import { netnsIdOf, netnsPath } from './netns.js';
import { openVerified, type Pidfd } from './pidfd.js';
import type { CommandRunner } from './runner.js';

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** What makes a process a network's dnsmasq: the configured binary, run with that network's configuration file. */
export interface DnsmasqIdentity {
  binary: string;
  configPath: string;
}

export function dnsmasqIdentity(options: { dnsmasqPath: string; stateDir: string }, vni: number): DnsmasqIdentity {
  return { binary: options.dnsmasqPath, configPath: dnsmasqPaths(options.stateDir, vni).config };
}

/** A process verified as a network's dnsmasq, and the namespace it serves. */
interface ProcessRef {
  pid: number;
  netnsId: string;
}

/** State (field 3) and start time (field 22) from /proc/<pid>/stat; the command name may hold spaces and parentheses. */
function statOf(pid: number): { state: string; start: string } | undefined {
  const stat = readOptional(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [state, start] = [fields[0], fields[19]];
  return state === undefined || start === undefined ? undefined : { state, start };
}

function realBinary(binary: string): string {
  try {
    return realpathSync(binary);
  } catch {
    return binary;
  }
}

/** An upgrade that replaced the binary leaves the processes running it with ` (deleted)` after its path. */
function runsBinary(pid: number, binary: string): boolean {
  let exe: string;
  try {
    exe = readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return false;
  }
  return exe.replace(/ \(deleted\)$/, '') === realBinary(binary);
}

/**
 * The process at `pid` if it is a live dnsmasq of `identity`, in the
 * namespace `netnsId` when one is given. Its command line must name the
 * configuration file: an empty one is a kernel thread or a process already
 * exiting, and is never taken for ours.
 */
function dnsmasqProcess(pid: number, identity: DnsmasqIdentity, netnsId?: string): ProcessRef | undefined {
  const stat = statOf(pid);
  if (stat === undefined || stat.state === 'Z') return undefined;
  const cmdline = readOptional(`/proc/${pid}/cmdline`) ?? '';
  if (cmdline === '' || !cmdline.split('\0').includes(`--conf-file=${identity.configPath}`) || !runsBinary(pid, identity.binary)) return undefined;
  const ns = netnsIdOf(`/proc/${pid}/ns/net`);
  if (ns === undefined || (netnsId !== undefined && ns !== netnsId)) return undefined;
  // What was read belongs to one process only if the pid was not given to another meanwhile.
  return statOf(pid)?.start === stat.start ? { pid, netnsId: ns } : undefined;
}

/** The pid file can be lost or stale while dnsmasq runs on; its command line still names its configuration. */
function findDnsmasq(paths: DnsmasqPaths, identity: DnsmasqIdentity): ProcessRef | undefined {
  const pid = Number(readOptional(paths.pid)?.trim());
  const fromFile = Number.isInteger(pid) && pid > 0 ? dnsmasqProcess(pid, identity) : undefined;
  if (fromFile !== undefined || !existsSync(paths.config)) return fromFile;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const found = dnsmasqProcess(Number(entry), identity);
    if (found !== undefined) return found;
  }
  return undefined;
}

const digest = (content: string): string => createHash('sha256').update(content).digest('hex');

/**
 * The network's dnsmasq, wherever it runs: `inNetworkNamespace` tells one
 * serving the namespace at `namespacePath` from one left in a namespace
 * that was lost or replaced.
 */
export function observeDnsmasq(paths: DnsmasqPaths, identity: DnsmasqIdentity, namespacePath: string): ObservedDnsmasq | undefined {
  const found = findDnsmasq(paths, identity);
  if (found === undefined) return undefined;
  const hostsFile = readOptional(paths.hosts);
  const hostsLoaded = hostsFile !== undefined && readOptional(paths.loaded) === digest(hostsFile);
  return {
    pid: found.pid,
    netnsId: found.netnsId,
    inNetworkNamespace: netnsIdOf(namespacePath) === found.netnsId,
    hostsFile,
    hostsLoaded,
    configFile: readOptional(paths.config),
  };
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
export async function startDnsmasq(runner: CommandRunner, vni: number, identity: DnsmasqIdentity, namespace: string, paths: DnsmasqPaths): Promise<number> {
  const result = await runner.run(identity.binary, [`--conf-file=${paths.config}`], { netns: namespace }).catch((err: unknown) => {
    throw new DnsmasqError('start', vni, err);
  });
  if (result.exitCode !== 0) throw new DnsmasqError('start', vni, new Error(`${result.error ?? `exit ${result.exitCode}`}: ${result.stderr.trim()}`));
  const found = observeDnsmasq(paths, identity, netnsPath(namespace));
  if (found?.inNetworkNamespace !== true) throw new DnsmasqError('start', vni, new Error('no live process of ours behind the pid file'));
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

/** A dnsmasq as observed: its pid is only signalled while it is still that process. */
export type RunningDnsmasq = Pick<ObservedDnsmasq, 'pid' | 'netnsId'>;

/**
 * The observed dnsmasq held by a pidfd, or undefined if its pid is no longer
 * this network's dnsmasq: it was observed at the start of the batch.
 */
function holdDnsmasq(vni: number, operation: string, running: RunningDnsmasq, identity: DnsmasqIdentity): Pidfd | undefined {
  return failingAs(vni, operation, () => openVerified(running.pid, (pid) => dnsmasqProcess(pid, identity, running.netnsId) !== undefined));
}

/** A pidfd call's failure, reported as the network's dnsmasq `operation` failing. */
function failingAs<T>(vni: number, operation: string, call: () => T): T {
  try {
    return call();
  } catch (err) {
    throw new DnsmasqError(operation, vni, err);
  }
}

/** SIGHUP re-reads the hosts file; leases stay in memory and in the lease file. */
export function reloadDnsmasq(vni: number, running: RunningDnsmasq, identity: DnsmasqIdentity, paths: DnsmasqPaths, hosts: string): void {
  const held = holdDnsmasq(vni, 'reload', running, identity);
  try {
    if (held === undefined || !failingAs(vni, 'reload', () => held.signal('SIGHUP'))) {
      throw new DnsmasqError('reload', vni, new Error(`pid ${running.pid} is no longer this network's dnsmasq`));
    }
  } finally {
    held?.close();
  }
  markHostsLoaded(vni, paths, hosts);
}

/** Up to two seconds for the process to exit; false if it has not. */
async function exited(vni: number, held: Pidfd): Promise<boolean> {
  const check = (): boolean => failingAs(vni, 'stop', () => held.exited());
  for (let i = 0; i < 100; i++) {
    if (check()) return true;
    await sleep(20);
  }
  return check();
}

/**
 * Returns once the process has exited, so a new dnsmasq can bind its
 * addresses (an exited process holds no sockets). SIGTERM and then SIGKILL
 * go through one pidfd, so both reach only the process verified as this
 * network's dnsmasq; one that is exiting has lost its command line but may
 * still hold its sockets, and is still SIGKILLed. A pid that is no longer
 * ours has nothing of ours to stop.
 */
export async function stopDnsmasq(vni: number, running: RunningDnsmasq, identity: DnsmasqIdentity): Promise<void> {
  const held = holdDnsmasq(vni, 'stop', running, identity);
  if (held === undefined) return;
  try {
    const signal = (name: NodeJS.Signals): boolean => failingAs(vni, 'stop', () => held.signal(name));
    if (!signal('SIGTERM') || (await exited(vni, held))) return;
    if (!signal('SIGKILL') || (await exited(vni, held))) return;
    throw new DnsmasqError('stop', vni, new Error(`pid ${held.pid} still running after SIGKILL`));
  } finally {
    held.close();
  }
}

export function removeDnsmasqFiles(paths: DnsmasqPaths): void {
  if (existsSync(paths.dir)) rmSync(paths.dir, { recursive: true, force: true });
}
