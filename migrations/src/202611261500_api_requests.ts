import { TABLE_OPTIONS, runAll, type Migration } from './migration.js';

/**
 * Idempotency keys of the REST API (the Idempotency-Key header on POST):
 * the first 200 reply of a keyed request, replayed to its retries on any
 * sf-api instance for a day. Apart from rpc_requests, whose keys guard one
 * tier call for an hour.
 */
const statements = [
  `CREATE TABLE IF NOT EXISTS api_requests (
    request_key CHAR(64) NOT NULL COMMENT 'sha256 of the caller namespace, method, URL and Idempotency-Key',
    namespace VARCHAR(255) NOT NULL,
    status SMALLINT UNSIGNED NOT NULL,
    response MEDIUMTEXT NOT NULL COMMENT 'the reply body as JSON',
    created DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    expires DATETIME(6) NOT NULL,
    PRIMARY KEY (request_key),
    KEY api_requests_expires (expires)
  ) ${TABLE_OPTIONS}`,
];

export const apiRequests: Migration = {
  name: '202611261500_api_requests',
  up: (db) => runAll(db, statements),
};
