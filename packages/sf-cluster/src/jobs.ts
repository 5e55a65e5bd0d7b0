import type { JobRun } from './job-run.js';

/** The calls of the tier the maintenance jobs make. */
export interface MaintenancePort {
  reapExpiredReservations(): Promise<string[]>;
  reclaimExpiredAllocations(): Promise<number>;
  reconcileCapacity(): Promise<Array<{ scope: string; key: string }>>;
  /** These three go item by item, asking the run before each and logging what they do as they do it. */
  failAbandonedCreates(run: JobRun): Promise<void>;
  requeueAbandonedDeletes(run: JobRun): Promise<void>;
  /** One pass of purging what was deleted longer ago than the cleaner delay. */
  purgeDeleted(run: JobRun): Promise<void>;
  /** Deletes one slice of finished work older than the retention; `more` when others are left. */
  pruneOperations(): Promise<{ deleted: number; more: boolean }>;
}

export interface Job {
  name: string;
  intervalMs: number;
  run(port: MaintenancePort, run: JobRun): Promise<void>;
}

export interface JobIntervals {
  reapMs: number;
  reclaimMs: number;
  reconcileMs: number;
  abandonedMs: number;
  purgeMs: number;
}

/** What only the elected maintainer does: give back what dead creators held, settle abandoned creates and deletes, fix counter drift, and purge what was deleted long enough ago. */
export function maintenanceJobs(intervals: JobIntervals): Job[] {
  return [
    {
      name: 'reap_reservations',
      intervalMs: intervals.reapMs,
      run: async (port, { log }) => {
        for (const instance_uuid of await port.reapExpiredReservations()) log.warn({ instance_uuid }, 'released the reservation of a creator that died');
      },
    },
    {
      name: 'reclaim_allocations',
      intervalMs: intervals.reclaimMs,
      run: async (port, { log }) => {
        const reclaimed = await port.reclaimExpiredAllocations();
        if (reclaimed > 0) log.warn({ reclaimed }, 'reclaimed lapsed leased allocations');
      },
    },
    // Two jobs, so that one failing (say, a tier too old for its calls) does not stop the other.
    { name: 'fail_abandoned_creates', intervalMs: intervals.abandonedMs, run: (port, run) => port.failAbandonedCreates(run) },
    { name: 'requeue_abandoned_deletes', intervalMs: intervals.abandonedMs, run: (port, run) => port.requeueAbandonedDeletes(run) },
    { name: 'purge_deleted', intervalMs: intervals.purgeMs, run: (port, run) => port.purgeDeleted(run) },
    {
      name: 'prune_operations',
      intervalMs: intervals.purgeMs,
      run: async (port, run) => {
        // A slice per item, so a backlog is worked through over passes within the job's budget.
        for (let more = true; more && (await run.next()); ) {
          const slice = await port.pruneOperations();
          if (slice.deleted > 0) run.log.info({ deleted: slice.deleted }, 'pruned finished work past its retention');
          more = slice.more;
        }
      },
    },
    {
      name: 'reconcile_capacity',
      intervalMs: intervals.reconcileMs,
      run: async (port, { log }) => {
        // Not `key`: logs redact any field of that name.
        for (const drift of await port.reconcileCapacity()) log.warn({ scope: drift.scope, counter_key: drift.key }, 'capacity counter drift corrected');
      },
    },
  ];
}
