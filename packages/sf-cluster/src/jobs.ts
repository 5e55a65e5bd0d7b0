import type { Logger } from '@sf/common';
import type { Abandoned } from './abandoned-creates.js';
import type { PurgeOutcome } from './purge-deleted.js';

/** The calls of the tier the maintenance jobs make. */
export interface MaintenancePort {
  reapExpiredReservations(): Promise<string[]>;
  reclaimExpiredAllocations(): Promise<number>;
  reconcileCapacity(): Promise<Array<{ scope: string; key: string }>>;
  failAbandonedCreates(olderThanSeconds: number): Promise<Abandoned[]>;
  requeueAbandonedDeletes(olderThanSeconds: number): Promise<Abandoned[]>;
  /** One pass of purging what was deleted longer ago than the cleaner delay. */
  purgeDeleted(): Promise<PurgeOutcome>;
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
  purgeMs: number;
}

/** What only the elected maintainer does: give back what dead creators held, settle abandoned creates and deletes, fix counter drift, and purge what was deleted long enough ago. */
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
      name: 'purge_deleted',
      intervalMs: intervals.purgeMs,
      run: async (port, log) => {
        const { purged, held, retired, truncated } = await port.purgeDeleted();
        for (const { objectType, ref, namespace } of purged) log.info({ object_type: objectType, object_ref: ref, namespace }, 'purged a deleted object');
        for (const { ref, namespace } of retired) log.info({ object_type: 'network', object_ref: ref, namespace }, 'moved a network in error of a deleted namespace to deleted');
        if (truncated) log.info({ purged: purged.length }, 'more deleted objects to purge; the next pass goes on');
        // Each is reported once per retry period. An instance deleted that long ago should hold nothing: what it
        // still holds is leaked until someone looks. A namespace waits for what still names it (instances in
        // error an admin must delete); a network for rows purged later.
        for (const { objectType, ref, namespace, held: what } of held) {
          const fields = { object_type: objectType, object_ref: ref, namespace, held: what };
          if (objectType === 'instance') log.warn(fields, 'a deleted instance still holds resources; not purged');
          else if (objectType === 'namespace') log.info(fields, 'a deleted namespace still has objects; not purged');
          else log.debug(fields, 'a deleted network is not purged yet');
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
