import type { Capacity } from './reservations.js';

export interface OvercommitPolicy {
  cpuRatio: number;
  memoryRatio: number;
  memoryReservedMib: number;
  diskRatio: number;
}

/** What the scheduler may hand out on a node of this size: the host's own memory first, then the ratios. */
export function schedulableLimits(host: Capacity, policy: OvercommitPolicy): Capacity {
  return {
    cpus: Math.floor(host.cpus * policy.cpuRatio),
    memoryMib: Math.floor(Math.max(0, host.memoryMib - policy.memoryReservedMib) * policy.memoryRatio),
    diskGib: Math.floor(host.diskGib * policy.diskRatio),
  };
}
