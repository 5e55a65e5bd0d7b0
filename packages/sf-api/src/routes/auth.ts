import { UnauthenticatedError, ValidationError } from '@sf/common';
import { recordEvent } from '../internal/audit.js';
import { keyMatches } from '../internal/keys.js';
import { existingNamespace } from '../internal/namespaces.js';
import { Throttle } from '../internal/throttle.js';
import { signToken } from '../internal/token.js';
import { MAX_KEY_LENGTH } from './namespace-keys.js';
import type { RoutePlugin } from './types.js';

const body = {
  type: 'object',
  properties: { namespace: { type: ['string', 'null'], maxLength: 255 }, key: {} },
  additionalProperties: false,
} as const;

const tokenReply = {
  type: 'object',
  properties: { access_token: { type: 'string' }, token_type: { type: 'string' }, expires_in: { type: 'integer' } },
  required: ['access_token', 'token_type', 'expires_in'],
} as const;

/** Refusals that cost no hash, recorded at most once per namespace per 10 s; namespaces are few. */
const cheapRefusals = new Throttle(10_000, 10_000);

/** POST /auth (API.md section 3.1): the secret is tried against every key of the namespace. */
export const authRoutes: RoutePlugin = (app, deps) => {
  app.post<{ Body: { namespace?: string | null; key?: unknown } }>('/auth', {
    config: { public: true },
    schema: { summary: 'Exchange a namespace key for a 15 minute token', body, response: { 200: tokenReply } },
  }, async (request) => {
    const { namespace, key } = request.body;
    if (namespace === undefined || namespace === null || namespace === '') throw new ValidationError('missing namespace in request');
    await existingNamespace(deps, namespace);
    if (key === undefined || key === null) throw new ValidationError('missing key in request');
    if (typeof key !== 'string') throw new ValidationError('key is not a string');
    // A key longer than any that can be set matches none; it is not worth hashing.
    const candidates = key.length > MAX_KEY_LENGTH ? [] : await deps.keys.list(namespace);
    for (const candidate of candidates) {
      if (await keyMatches(key, candidate.keyHash)) {
        const token = await signToken(deps.tokens, { namespace, keyName: candidate.keyName, nonce: candidate.nonce });
        return { access_token: token, token_type: 'Bearer', expires_in: deps.tokens.duration };
      }
    }
    // API.md has every refusal audited. One that cost a hash is bounded by the hashing limit; one that cost
    // nothing is recorded at most once per namespace per interval, or anyone could fill the event log for free.
    if (candidates.length > 0 || cheapRefusals.due(namespace)) recordEvent(deps, request, 'audit', 'authentication failed', 'namespace', namespace);
    throw new UnauthenticatedError('unauthorized');
  });
};
