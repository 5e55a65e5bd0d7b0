import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import { DnsmasqError } from '../errors.js';
import type { ObservedDnsmasq } from '../types.js';
import type { DnsmasqPaths } from './dnsmasq-config.js';
import { netnsPath } from './netns.js';

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

export function observeDnsmasq(paths: DnsmasqPaths): ObservedDnsmasq | undefined {
  const pid = Number(readOptional(paths.pid)?.trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isOurDnsmasq(pid, paths.config)) return undefined;
  return { pid, hostsFile: readOptional(paths.hosts), configFile: readOptional(paths.config) };
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
export async function startDnsmasq(vni: number, binary: string, namespace: string, paths: DnsmasqPaths): Promise<number> {
  try {
    await execa('nsenter', [`--net=${netnsPath(namespace)}`, binary, `--conf-file=${paths.config}`]);
  } catch (err) {
    throw new DnsmasqError('start', vni, err);
  }
  const found = observeDnsmasq(paths);
  if (found === undefined) throw new DnsmasqError('start', vni, new Error('no live process behind the pid file'));
  return found.pid;
}

/** SIGHUP re-reads the hosts file; leases stay in memory and in the lease file. */
export function reloadDnsmasq(vni: number, pid: number): void {
  try {
    process.kill(pid, 'SIGHUP');
  } catch (err) {
    throw new DnsmasqError('reload', vni, err);
  }
}

export async function stopDnsmasq(vni: number, pid: number, configPath: string): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return;
    throw new DnsmasqError('stop', vni, err);
  }
  for (let i = 0; i < 100; i++) {
    if (!isOurDnsmasq(pid, configPath)) return;
    await sleep(20);
  }
  process.kill(pid, 'SIGKILL');
}

export function removeDnsmasqFiles(paths: DnsmasqPaths): void {
  if (existsSync(paths.dir)) rmSync(paths.dir, { recursive: true, force: true });
}
