import { closeSync, existsSync, mkdirSync, openSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { NamespaceError } from '../errors.js';
import { netnsAddon } from './native.js';

/** Where `ip netns` keeps named namespaces, so operators see ours with `ip netns list`. */
export const NETNS_DIR = '/run/netns';

export const netnsPath = (name: string): string => `${NETNS_DIR}/${name}`;

export function listNetns(prefix: string): string[] {
  if (!existsSync(NETNS_DIR)) return [];
  return readdirSync(NETNS_DIR).filter((name) => name.startsWith(prefix));
}

export function netnsExists(name: string): boolean {
  return existsSync(netnsPath(name));
}

export function createNetns(name: string): void {
  const path = netnsPath(name);
  try {
    mkdirSync(NETNS_DIR, { recursive: true });
    writeFileSync(path, '', { flag: 'wx' });
    netnsAddon().createNetns(path);
  } catch (err) {
    throw new NamespaceError('create', name, err);
  }
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
    addon.setns(self);
    closeSync(self);
    closeSync(target);
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
