import type { ListQuery } from '../internal/values.js';
import type { ObjectTable } from './object-table.js';
import { PENDING_STATES } from './queue-states.js';

/** The filters of revision 7, which the maintainer's passes ask for; zero and false filter nothing. */
export interface MaintenanceFilter {
  min_state_age_seconds: number;
  never_queued?: boolean;
  idle_since_state_change?: boolean;
}

/**
 * Narrows a list of objects of `t` to what the maintainer acts on, in the
 * list's own statement: the age of the object's state by the database's
 * clock (the maintainer's may be minutes off), and the work queued for it,
 * so a pass over thousands of objects waiting for their worker reads pages
 * of candidates instead of asking about each object. Idle since its state
 * changed: nothing pending, and nothing queued since that change (a
 * network's teardown is queued just before its delete-wait, so one from
 * before does not count).
 */
export function whereMaintenance(query: ListQuery, t: ObjectTable, filter: MaintenanceFilter): ListQuery {
  const row = `${t.table}.${t.key}`;
  if (filter.min_state_age_seconds > 0) query.where(`${t.table}.state_updated <= NOW(6) - INTERVAL ? SECOND`, filter.min_state_age_seconds);
  if (filter.never_queued === true) {
    query.where(`NOT EXISTS (SELECT 1 FROM cluster_operation_targets wt WHERE wt.object_type = ? AND wt.object_uuid = ${row})`, t.kind);
  }
  if (filter.idle_since_state_change === true) {
    query.where(
      `NOT EXISTS (SELECT 1 FROM cluster_operation_targets wt JOIN cluster_operations wo ON wo.uuid = wt.operation_uuid
        WHERE wt.object_type = ? AND wt.object_uuid = ${row} AND (wo.state IN (${PENDING_STATES}) OR wo.created >= ${t.table}.state_updated))`,
      t.kind,
    );
  }
  return query;
}
