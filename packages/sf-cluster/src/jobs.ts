import type { Logger } from '@sf/common';
import type { Abandoned } from './abandoned-creates.js';

/** The calls of the tier the maintenance jobs make. */
export interface MaintenancePort {
  reapExpiredReservations(): Promise<string[]>;
  reclaimExpiredAllocations(): Promise<number>;
  reconcileCapacity(): Promise<Array<{ scope: string; key: string }>>;
  failAbandonedCreates(olderThanSeconds: number): Promise<Abandoned[]>;
  requeueAbandonedDeletes(olderThanSeconds: number): Promise<Abandoned[]>;
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
  abandonedMs: number;
  /** A create or delete this long without its work queued is abandoned. */
  abandonedAfterSeconds: number;
}

/** What only the elected maintainer does: give back what dead creators held, settle abandoned creates and deletes, and fix counter drift. */
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
    // Two jobs, so that one failing (say, a tier too old for its calls) does not stop the other.
    {
      name: 'fail_abandoned_creates',
      intervalMs: intervals.abandonedMs,
      run: async (port, log) => {
        for (const { objectType, uuid, namespace } of await port.failAbandonedCreates(intervals.abandonedAfterSeconds)) {
          log.warn({ object_type: objectType, object_uuid: uuid, namespace }, 'failed a create its sf-api abandoned');
        }
      },
    },
    {
      name: 'requeue_abandoned_deletes',
      intervalMs: intervals.abandonedMs,
      run: async (port, log) => {
        for (const { objectType, uuid, namespace } of await port.requeueAbandonedDeletes(intervals.abandonedAfterSeconds)) {
          log.warn({ object_type: objectType, object_uuid: uuid, namespace }, 'queued again the teardown of a delete its sf-api abandoned');
        }
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
