import type { Logger } from '@sf/common';
import type { CallOptions, DatabaseClient, EventWriter } from '@sf/database-client';
import type { Scheduler } from '@sf/scheduler';
import type { FastifyRequest } from 'fastify';
import type { IdempotencyStore } from './idempotency.js';
import type { KeyStore } from './keys.js';
import type { Readiness } from './readiness.js';
import type { TokenSettings } from './token.js';

/** Who is calling, from a verified token. `system` is the admin namespace. */
export interface Caller {
  namespace: string;
  keyName: string;
  /** The token's nonce, which the key must still hold. */
  nonce: string;
  admin: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller;
  }
  interface FastifySchema {
    /** One line for /openapi.json. */
    summary?: string;
  }
  interface FastifyContextConfig {
    /** No token needed (GET /, POST /auth, health, openapi). */
    public?: boolean;
    /** Only `system` may call; others get 401 `unauthorized`, as Shaken Fist does. */
    admin?: boolean;
    /**
     * The handler checks the token's key itself, folded into its own read
     * (GET /instances/{uuid}, the endpoint clients poll); it must call
     * checkKey on any other path.
     */
    keyCheckInHandler?: boolean;
  }
}

/** Everything a route needs, injected so unit tests can pass fakes. */
export interface ApiDeps {
  db: DatabaseClient;
  scheduler: Scheduler;
  keys: KeyStore;
  tokens: TokenSettings;
  idempotency: IdempotencyStore;
  readiness: Readiness;
  events: EventWriter;
  log: Logger;
  /**
   * Seconds the addresses and ids a create takes stay leased until its work
   * is queued: should this process die half way, they lapse on their own and
   * sf-cluster fails the object (cluster.abandoned_create_seconds).
   */
  createLeaseSeconds: number;
}

/** The namespace filter of the caller's reads: '' (everything) for system. */
export function scopeOf(request: FastifyRequest): string {
  return request.caller.admin ? '' : request.caller.namespace;
}

/**
 * Options for a tier write a request makes: the tier logs the request's id
 * with the call, so a failed POST or DELETE can be followed from sf-api's
 * log into sf-database's. Calls the client coalesces with concurrent ones
 * (instance and instance view gets, allocations, placements) are made
 * without: given options, each would leave on its own.
 */
export function callOptions(request: FastifyRequest): CallOptions {
  return { requestId: request.id };
}
