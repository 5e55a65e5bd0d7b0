import { runAll, type Migration } from './migration.js';

/**
 * A stored tier reply remembers the request it answers (a hash of its
 * bytes), so a call sent with the same idempotency key and another
 * request is refused instead of answered with the first call's reply, as if
 * it had been applied. Rows stored before have none and are replayed as they
 * were; a build from before the column leaves it NULL too.
 */
const statements = [
  `ALTER TABLE rpc_requests ADD COLUMN IF NOT EXISTS request_hash CHAR(64) NULL COMMENT 'sha256 of the request bytes; NULL for replies stored before it' AFTER method`,
];

export const rpcRequestFingerprint: Migration = {
  name: '202611270500_rpc_request_fingerprint',
  up: (db) => runAll(db, statements),
};
