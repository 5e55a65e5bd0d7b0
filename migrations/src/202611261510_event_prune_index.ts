import { runAll, type Migration } from './migration.js';

/**
 * Pruning by age reads event_objects by type and time. Without this index it
 * scanned every row of the type and, under REPEATABLE READ, held next-key
 * locks on all of them, stalling event writes of that type.
 */
const statements = [`ALTER TABLE event_objects ADD INDEX IF NOT EXISTS event_objects_type_time (object_type, timestamp)`];

export const eventPruneIndex: Migration = {
  name: '202611261510_event_prune_index',
  up: (db) => runAll(db, statements),
};
