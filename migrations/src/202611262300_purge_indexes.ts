import { runAll, type Migration } from './migration.js';

/**
 * Purging a deleted instance removes its released reservations by
 * instance, and purging a namespace its stored idempotent replies by
 * namespace. Without these indexes each DELETE scanned its table and, under
 * REPEATABLE READ, locked every row and gap until commit, stalling
 * placements and releases, or keyed POSTs, meanwhile.
 */
const statements = [
  `ALTER TABLE node_reservations ADD INDEX IF NOT EXISTS node_reservations_instance (instance_uuid)`,
  `ALTER TABLE api_requests ADD INDEX IF NOT EXISTS api_requests_namespace (namespace)`,
];

export const purgeIndexes: Migration = {
  name: '202611262300_purge_indexes',
  up: (db) => runAll(db, statements),
};
