export { buildApp, type App } from './app.js';
export type { ApiDeps, Caller } from './internal/context.js';
export { hashKey, keyMatches, type KeyStore, type KeyRecord } from './internal/keys.js';
export { Readiness, READINESS_TIMINGS, type ReadinessTimings } from './internal/readiness.js';
export { signToken, verifyToken, type TokenSettings } from './internal/token.js';
export { tierKeyStore } from './internal/tier-keys.js';
export { tierIdempotencyStore } from './internal/tier-idempotency.js';
export type { IdempotencyStore, StoredReply } from './internal/idempotency.js';
