import { AlreadyExistsError, ValidationError } from '@sf/common';
import type { FastifyInstance } from 'fastify';
import { callOptions, type ApiDeps } from './context.js';
import { requestHash, scopedKey, uuidFromKey } from './idempotency.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on a POST carrying Idempotency-Key: the scoped key, the UUID a create gives its object, and the body's hash. */
    idempotency: { key: string; uuid: string; requestHash: string } | null;
  }
}

const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * A POST with Idempotency-Key is applied once: a retry (on any sf-api
 * process) gets the first 200 reply from the database. Two racing first
 * attempts create under the same derived UUID, so the tier lets only one win.
 * Failed attempts are not stored: their retry runs afresh.
 */
export function installIdempotency(app: FastifyInstance, deps: ApiDeps): void {
  app.decorateRequest('idempotency', null);
  app.addHook('preHandler', async (request, reply) => {
    const header = request.headers['idempotency-key'];
    if (request.method !== 'POST' || header === undefined || request.routeOptions.config.public === true) return;
    if (typeof header !== 'string' || !KEY.test(header)) throw new ValidationError('Idempotency-Key: must be 1 to 255 printable ASCII characters');
    const key = scopedKey(request.caller.namespace, request.method, request.url, header);
    const hash = requestHash(request.body);
    const stored = await deps.idempotency.get(key);
    // Another request under a used key is refused, not answered with the first one's reply (which would,
    // say, report a key rotation done that never happened). A reply stored without a hash is replayed.
    if (stored !== undefined && stored.requestHash !== '' && stored.requestHash !== hash) {
      throw new AlreadyExistsError('Idempotency-Key was already used for a request with another body', { code: 'SF_ERR_ALREADY_EXISTS_IDEMPOTENCY_KEY' });
    }
    if (stored !== undefined) {
      reply.header('idempotent-replayed', 'true');
      return reply.code(stored.status).type('application/json').serializer((body: unknown) => JSON.stringify(body)).send(stored.body);
    }
    request.idempotency = { key, uuid: uuidFromKey(key), requestHash: hash };
    return undefined;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.idempotency === null || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    try {
      await deps.idempotency.put(request.idempotency.key, request.caller?.namespace ?? '', { status: 200, body: JSON.parse(payload) as unknown, requestHash: request.idempotency.requestHash }, callOptions(request));
    } catch (err) {
      // The work is done: failing the reply would only make the client retry, and a retried create
      // finds its object by the derived UUID anyway.
      request.log.warn({ err }, 'idempotency reply not stored');
    }
    return payload;
  });
}
