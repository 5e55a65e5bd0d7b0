import { closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync, statfsSync, unlinkSync, writeFileSync } from 'node:fs';
import { NamespaceError } from '../errors.js';
import { netnsAddon } from './native.js';

/** Where `ip netns` keeps named namespaces, so operators see ours with `ip netns list`. */
export const NETNS_DIR = '/run/netns';

export const netnsPath = (name: string): string => `${NETNS_DIR}/${name}`;

/** statfs f_type of nsfs: a named namespace is a bind mount of one of its inodes. */
const NSFS_MAGIC = 0x6e736673;

/** A file left by a namespace creation that stopped before the mount is no namespace: entering it fails with EINVAL. */
function isMountedNetns(name: string): boolean {
  try {
    return statfsSync(netnsPath(name)).type === NSFS_MAGIC;
  } catch {
    return false;
  }
}

/** Named namespaces with this prefix; leftover plain files are not counted. */
export function listNetns(prefix: string): string[] {
  if (!existsSync(NETNS_DIR)) return [];
  return readdirSync(NETNS_DIR).filter((name) => name.startsWith(prefix) && isMountedNetns(name));
}

/** Plain files with this prefix: what a creation killed between the file and the mount left. */
export function listNetnsLeftovers(prefix: string): string[] {
  if (!existsSync(NETNS_DIR)) return [];
  return readdirSync(NETNS_DIR).filter((name) => name.startsWith(prefix) && !isMountedNetns(name));
}

let netnsDirShared = false;

/** Once per process, before the first namespace is made (see shareDir in native/netns.c). */
function shareNetnsDir(): void {
  if (netnsDirShared) return;
  try {
    mkdirSync(NETNS_DIR, { recursive: true });
    netnsAddon().shareDir(NETNS_DIR);
  } catch (err) {
    throw new NamespaceError('share mount', NETNS_DIR, err);
  }
  netnsDirShared = true;
}

export function createNetns(name: string): void {
  const path = netnsPath(name);
  if (existsSync(path) && !isMountedNetns(name)) deleteNetns(name);
  shareNetnsDir();
  try {
    writeFileSync(path, '', { flag: 'wx' });
  } catch (err) {
    throw new NamespaceError('create', name, err);
  }
  try {
    netnsAddon().createNetns(path);
  } catch (err) {
    const failure = new NamespaceError('create', name, err);
    try {
      unlinkSync(path);
    } catch {
      // The creation's failure is the one to report; a file that stays is removed as a leftover later.
    }
    throw failure;
  }
}

/** A plain file left where a namespace was being made: removed if there is one (false when not). */
export function removeNetnsLeftover(name: string): boolean {
  if (!existsSync(netnsPath(name)) || isMountedNetns(name)) return false;
  deleteNetns(name);
  return true;
}

export function deleteNetns(name: string): void {
  const path = netnsPath(name);
  try {
    netnsAddon().detachNetns(path);
  } catch (err) {
    // A file left by a half-made namespace is not a mount point; still remove it.
    if ((err as { errno?: number }).errno !== 22) throw new NamespaceError('delete', name, err);
  }
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new NamespaceError('delete', name, err);
  }
}

/**
 * Run fn with the calling thread inside namespace `name` (or the process's own
 * when undefined). fn must be synchronous: no other JavaScript may run while
 * the main thread is in another namespace.
 */
export function inNetns<T>(name: string | undefined, fn: () => T): T {
  if (name === undefined) return fn();
  const addon = netnsAddon();
  let self: number | undefined;
  let target: number | undefined;
  try {
    self = openSync('/proc/thread-self/ns/net', 'r');
    target = openSync(netnsPath(name), 'r');
    addon.setns(target);
  } catch (err) {
    if (self !== undefined) closeSync(self);
    if (target !== undefined) closeSync(target);
    throw new NamespaceError('enter', name, err);
  }
  try {
    return fn();
  } finally {
    closeSync(target);
    try {
      addon.setns(self);
    } catch {
      // The main thread runs all JavaScript: left in another namespace, every later socket, sysctl and child would be wrong.
      process.abort();
    }
    closeSync(self);
  }
}

/** An open fd of a named namespace, for IFLA_NET_NS_FD; the caller closes it. */
export function openNetns(name: string): number {
  try {
    return openSync(netnsPath(name), 'r');
  } catch (err) {
    throw new NamespaceError('open', name, err);
  }
}

/** The identity of a network namespace (device and inode of its nsfs file), from a named file or /proc/<pid>/ns/net. */
export function netnsIdOf(path: string): string | undefined {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return undefined;
  }
}
