import type { DatabaseClient } from '@sf/database-client';
import { IDEMPOTENCY_TTL_SECONDS, type IdempotencyStore } from './idempotency.js';

/** Idempotency-Key replies in the database tier, so they hold across sf-api instances. */
export function tierIdempotencyStore(db: DatabaseClient): IdempotencyStore {
  return {
    get: async (key) => {
      const stored = await db.apiRequests.get(key);
      return stored.found ? { status: stored.status, body: JSON.parse(stored.response_json) as unknown, requestHash: stored.request_hash } : undefined;
    },
    put: async (key, namespace, reply, options) => {
      await db.apiRequests.put({ requestKey: key, namespace, requestHash: reply.requestHash, status: reply.status, responseJson: JSON.stringify(reply.body), ttlSeconds: IDEMPOTENCY_TTL_SECONDS }, options);
    },
  };
}
