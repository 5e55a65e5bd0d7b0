import { runAll, type Migration } from './migration.js';

/**
 * An owner holds at most one value of a pool per purpose. This makes an
 * allocation idempotent by itself: a retried Allocate finds the owner's
 * value instead of taking a second one, with no request-key bookkeeping.
 */
const statements = [
  `ALTER TABLE resource_pool_allocations
     ADD UNIQUE KEY IF NOT EXISTS resource_pool_allocations_purpose (pool_name, owner_type, owner_uuid, purpose)`,
];

export const allocationPurposeKey: Migration = {
  name: '202611261410_allocation_purpose_key',
  up: (db) => runAll(db, statements),
};
