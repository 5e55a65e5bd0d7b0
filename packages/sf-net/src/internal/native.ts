import { createRequire } from 'node:module';

interface NetnsAddon {
  setns(fd: number): void;
  createNetns(path: string): void;
  detachNetns(path: string): void;
  shareDir(path: string): void;
  pidfdOpen(pid: number): number;
  pidfdSendSignal(fd: number, signal: number): void;
  pidfdExited(fd: number): boolean;
}

let addon: NetnsAddon | undefined;

/** The project's own N-API addon (native/netns.c: namespaces and pidfds), built by scripts/setup.sh. */
export function netnsAddon(): NetnsAddon {
  if (addon === undefined) {
    const require = createRequire(import.meta.url);
    addon = require('../../../native/build/Release/sf_net_netns.node') as NetnsAddon;
  }
  return addon;
}
