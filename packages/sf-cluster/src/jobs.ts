import type { Logger } from '@sf/common';

/** The calls of the tier the maintenance jobs make. */
export interface MaintenancePort {
  reapExpiredReservations(): Promise<string[]>;
  reclaimExpiredAllocations(): Promise<number>;
  reconcileCapacity(): Promise<Array<{ scope: string; key: string }>>;
}

export interface Job {
  name: string;
  intervalMs: number;
  run(port: MaintenancePort, log: Logger): Promise<void>;
}

export interface JobIntervals {
  reapMs: number;
  reclaimMs: number;
  reconcileMs: number;
}

/** What only the elected maintainer does: give back what dead creators held, and fix counter drift. */
export function maintenanceJobs(intervals: JobIntervals): Job[] {
  return [
    {
      name: 'reap_reservations',
      intervalMs: intervals.reapMs,
      run: async (port, log) => {
        for (const instance_uuid of await port.reapExpiredReservations()) log.warn({ instance_uuid }, 'released the reservation of a creator that died');
      },
    },
    {
      name: 'reclaim_allocations',
      intervalMs: intervals.reclaimMs,
      run: async (port, log) => {
        const reclaimed = await port.reclaimExpiredAllocations();
        if (reclaimed > 0) log.warn({ reclaimed }, 'reclaimed lapsed leased allocations');
      },
    },
    {
      name: 'reconcile_capacity',
      intervalMs: intervals.reconcileMs,
      run: async (port, log) => {
        for (const drift of await port.reconcileCapacity()) log.warn({ scope: drift.scope, key: drift.key }, 'capacity counter drift corrected');
      },
    },
  ];
}
