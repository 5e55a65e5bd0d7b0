import { runAll, type Migration } from './migration.js';

/**
 * A stored Idempotency-Key reply remembers the request it answers (a hash of
 * its body), so the same key sent with another body is refused instead of
 * answered with the first request's reply. Rows stored before have none and
 * are replayed as they were.
 */
const statements = [
  `ALTER TABLE api_requests ADD COLUMN IF NOT EXISTS request_hash CHAR(64) NULL COMMENT 'sha256 of the request body; NULL for replies stored before it' AFTER namespace`,
];

export const apiRequestFingerprint: Migration = {
  name: '202611270100_api_request_fingerprint',
  up: (db) => runAll(db, statements),
};
