import { runAll, type Migration } from './migration.js';

/**
 * What the scheduler and the allocator need beyond the first schema:
 * instance tags (affinity and anti-affinity match on them) and an index the
 * leased-allocation reaper scans by expiry.
 */
const statements = [
  `ALTER TABLE instances
     ADD COLUMN IF NOT EXISTS tags JSON NOT NULL DEFAULT ('[]') COMMENT 'affinity rules of other instances match these' AFTER affinity`,
  `ALTER TABLE resource_pool_allocations
     ADD INDEX IF NOT EXISTS resource_pool_allocations_expiry (expires_at)`,
];

export const scheduling: Migration = {
  name: '202611261400_scheduling',
  up: (db) => runAll(db, statements),
};
