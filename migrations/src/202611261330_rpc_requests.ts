import { TABLE_OPTIONS, runAll, type Migration } from './migration.js';

/**
 * Idempotency keys of the sf-database tier. A client retries a
 * non-idempotent call (create, enqueue, claim, complete) on another
 * instance with the same key; the key is inserted in the same transaction as
 * the write, so a retry finds it and gets the stored reply instead of
 * applying the write twice. Rows older than an hour are pruned.
 */
const statements = [
  `CREATE TABLE IF NOT EXISTS rpc_requests (
    request_key VARCHAR(64) NOT NULL COMMENT 'the sf-idempotency-key metadata of the call',
    method VARCHAR(128) NOT NULL,
    response MEDIUMTEXT NOT NULL COMMENT 'the reply as JSON, returned to a retry',
    created DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (request_key),
    KEY rpc_requests_created (created)
  ) ${TABLE_OPTIONS}`,
];

export const rpcRequests: Migration = {
  name: '202611261330_rpc_requests',
  up: (db) => runAll(db, statements),
};
