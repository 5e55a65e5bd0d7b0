import { createRequire } from 'node:module';

interface NetnsAddon {
  setns(fd: number): void;
  createNetns(path: string): void;
  detachNetns(path: string): void;
  shareDir(path: string): void;
  pidfdOpen(pid: number): number;
  pidfdSendSignal(fd: number, signal: number): void;
  pidfdExited(fd: number): boolean;
  nlOpen(timeoutMs: number): number;
  nlTransact(fd: number, request: Buffer): Buffer;
  memfdCreate(): number;
}

let addon: NetnsAddon | undefined;

/** The project's own N-API addon (native/netns.c: namespaces and pidfds; native/netlink.c: rtnetlink requests; native/memfd.c: in-memory files), built by scripts/setup.sh. */
export function netnsAddon(): NetnsAddon {
  if (addon === undefined) {
    const require = createRequire(import.meta.url);
    addon = require('../../../native/build/Release/sf_net_netns.node') as NetnsAddon;
  }
  return addon;
}
