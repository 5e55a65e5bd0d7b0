import { readdirSync, readFileSync } from 'node:fs';

/**
 * Descriptors of this process that are pidfds, for `pid` or any process (one
 * reaped shows as -1 on recent kernels): of its files, only a pidfd's fdinfo
 * has a Pid line.
 */
export function openPidfds(pid?: number): number[] {
  const line = new RegExp(`^Pid:\\t${pid ?? '-?\\d+'}$`, 'm');
  return readdirSync('/proc/self/fdinfo').flatMap((fd) => {
    try {
      return line.test(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8')) ? [Number(fd)] : [];
    } catch {
      // Closed between the listing and the read: the listing's own directory fd, for one.
      return [];
    }
  });
}
