import { ValidationError } from '@sf/common';
import type { ApiRequest } from '@sf/proto';
import type { Sql } from '../internal/sql.js';
import { epoch } from '../internal/values.js';

interface Row {
  request_key: string;
  namespace: string;
  request_hash: string | null;
  status: number;
  response: string;
  expires: Date;
}

const KEY = /^[0-9a-f]{64}$/;
const HASH = /^([0-9a-f]{64})?$/;
const MAX_TTL_SECONDS = 7 * 24 * 3600;
/** Expired keys swept by each put: a bounded cost per keyed POST keeps the table small without a reaper. */
const SWEEP = 100;

function checkKey(key: string): string {
  if (!KEY.test(key)) throw new ValidationError('request_key must be 64 lower-case hex characters');
  return key;
}

export async function getApiRequest(db: Sql, key: string): Promise<ApiRequest> {
  const rows = await db.rows<Row>(
    'SELECT request_key, namespace, request_hash, status, response, expires FROM api_requests WHERE request_key = ? AND expires > NOW(6)',
    [checkKey(key)],
  );
  const row = rows[0];
  if (row === undefined) return { found: false };
  return {
    found: true, request_key: row.request_key, namespace: row.namespace, request_hash: row.request_hash ?? '', status: row.status,
    response_json: row.response, expires: epoch(row.expires),
  };
}

/** First put wins (an expired row is taken over); the stored reply is returned either way. */
export interface StoredRequest {
  key: string;
  namespace: string;
  requestHash: string;
  status: number;
  responseJson: string;
  ttlSeconds: number;
}

export async function putApiRequest(db: Sql, put: StoredRequest): Promise<ApiRequest> {
  const { key, namespace, requestHash, status, responseJson, ttlSeconds } = put;
  if (!HASH.test(requestHash)) throw new ValidationError('request_hash must be empty or 64 lower-case hex characters');
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_TTL_SECONDS) throw new ValidationError(`ttl_seconds must be 1..${MAX_TTL_SECONDS}`);
  if (!Number.isInteger(status) || status < 100 || status > 599) throw new ValidationError('status must be an HTTP status');
  await db.exec(`DELETE FROM api_requests WHERE expires < NOW(6) LIMIT ${SWEEP}`);
  // A live row is left as it is (first put wins); an expired one the sweep missed is taken over.
  // MariaDB assigns left to right, so expires, which every condition reads, is assigned last.
  const lapsed = 'expires <= NOW(6)';
  await db.exec(
    `INSERT INTO api_requests (request_key, namespace, request_hash, status, response, expires) VALUES (?, ?, ?, ?, ?, NOW(6) + INTERVAL ? SECOND)
     ON DUPLICATE KEY UPDATE namespace = IF(${lapsed}, VALUES(namespace), namespace), request_hash = IF(${lapsed}, VALUES(request_hash), request_hash),
       status = IF(${lapsed}, VALUES(status), status), response = IF(${lapsed}, VALUES(response), response), expires = IF(${lapsed}, VALUES(expires), expires)`,
    [checkKey(key), namespace, requestHash === '' ? null : requestHash, status, responseJson, ttlSeconds],
  );
  return getApiRequest(db, key);
}
