import { ForbiddenError, NotFoundError, ValidationError } from '@sf/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { callOptions, type ApiDeps } from '../internal/context.js';
import { recordEvent } from '../internal/audit.js';
import { hashKey } from '../internal/keys.js';
import { visibleNamespace } from '../internal/namespaces.js';
import { emptyBody, listOf, nullReply, refParams } from '../internal/schemas.js';
import type { RoutePlugin } from './types.js';

const keyBody = {
  type: 'object',
  properties: { key_name: { type: ['string', 'null'], maxLength: 64 }, key: {} },
  additionalProperties: false,
} as const;

/** On the item path the key name is the path's: a body naming another is refused. */
const itemKeyBody = { type: 'object', properties: { key: {} }, additionalProperties: false } as const;

type KeyBody = { key_name?: string | null; key?: unknown };
type Params = { ns: string; key_name?: string };

/**
 * Wider than namespace names (`ci@build-host`, `deploy+ro`), but only what
 * the client can put in a key's URL unencoded: no `/ ? # %`, no spaces, and
 * no name of dots alone, which URL libraries fold into the parent path.
 */
const KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9@._+-]{0,63}$/;

/** Internal keys are Shaken Fist's own; nobody may set one through the API. */
export function checkKeyName(keyName: string): void {
  if (/^_service_key/i.test(keyName)) throw new ForbiddenError('illegal key name');
  if (!KEY_NAME.test(keyName)) throw new ValidationError('key_name: must be a letter or digit, then up to 63 of letters, digits, @ . _ + -');
}

/** Keys are secrets of a sensible size: a huge one would only make every POST /auth hash it. */
export const MAX_KEY_LENGTH = 1024;
/** Keys one namespace may hold (see setKey). */
export const MAX_KEYS = 32;

export function checkKeyValue(key: unknown): asserts key is string {
  if (key === undefined || key === null || key === '') throw new ValidationError('no key specified');
  if (typeof key !== 'string') throw new ValidationError('key is not a string');
  if (key.length > MAX_KEY_LENGTH) throw new ValidationError(`key is longer than ${MAX_KEY_LENGTH} characters`);
}

const TOO_MANY_KEYS = 'SF_ERR_VALIDATION_TOO_MANY_KEYS';
/** sf-api's own words for the tier's refusal, whatever the tier's build says. */
const tooManyKeys = (ns: string): ValidationError => new ValidationError(`namespace ${ns} already has ${MAX_KEYS} keys, the most it may have`, { code: TOO_MANY_KEYS });

/** Adds or replaces a key: a new hash and a new nonce, so the old key's tokens stop working. */
async function setKey(deps: ApiDeps, request: FastifyRequest<{ Params: Params; Body: KeyBody }>, pathKeyName?: string): Promise<string> {
  const ns = await visibleNamespace(deps, request, request.params.ns, false);
  const keyName = pathKeyName ?? request.body.key_name;
  const { key } = request.body;
  if (keyName === undefined || keyName === null || keyName === '') throw new ValidationError('no key name specified');
  checkKeyName(keyName);
  checkKeyValue(key);
  // POST /auth tries the secret against every key, so their number bounds its cost.
  await deps.keys.set(ns.name, keyName, await hashKey(key), MAX_KEYS, callOptions(request)).catch((err: unknown) => {
    throw err instanceof ValidationError && err.code === TOO_MANY_KEYS ? tooManyKeys(ns.name) : err;
  });
  recordEvent(deps, request, 'audit', 'key set', 'namespace', ns.name, { key_name: keyName });
  return keyName;
}

/** fastify sends a returned string as text; Shaken Fist answers a JSON string. */
const jsonString = (reply: FastifyReply, value: string): FastifyReply => reply.type('application/json').send(JSON.stringify(value));

/** Keys of a namespace (API.md section 4): anyone the namespace trusts may manage them. */
export const namespaceKeyRoutes: RoutePlugin = (app, deps) => {
  const keyNameReply = { 200: { type: 'string' } };

  app.get<{ Params: Params }>('/auth/namespaces/:ns/keys', {
    schema: { summary: 'Key names of a namespace', params: refParams('ns'), body: emptyBody, response: { 200: listOf({ type: 'string' }) } },
  }, async (request) => {
    const ns = await visibleNamespace(deps, request, request.params.ns, false);
    return (await deps.keys.list(ns.name)).map((k) => k.keyName);
  });

  app.post<{ Params: Params; Body: KeyBody }>('/auth/namespaces/:ns/keys', {
    schema: { summary: 'Add or replace a key', params: refParams('ns'), body: keyBody, response: keyNameReply },
  }, async (request, reply) => jsonString(reply, await setKey(deps, request)));

  // The client's update_namespace_key PUTs the collection path; Shaken Fist routes only the item path (API.md section 4).
  app.put<{ Params: Params; Body: KeyBody }>('/auth/namespaces/:ns/keys', {
    schema: { summary: 'Replace a key (collection path, as the client calls it)', params: refParams('ns'), body: keyBody, response: keyNameReply },
  }, async (request, reply) => jsonString(reply, await setKey(deps, request)));

  app.put<{ Params: Params; Body: KeyBody }>('/auth/namespaces/:ns/keys/:key_name', {
    schema: { summary: 'Replace a key', params: refParams('ns', 'key_name'), body: itemKeyBody, response: keyNameReply },
  }, async (request, reply) => jsonString(reply, await setKey(deps, request, request.params.key_name)));

  app.delete<{ Params: Params }>('/auth/namespaces/:ns/keys/:key_name', {
    schema: { summary: 'Delete a key, revoking its tokens', params: refParams('ns', 'key_name'), body: emptyBody, response: { 200: nullReply } },
  }, async (request) => {
    const ns = await visibleNamespace(deps, request, request.params.ns, false);
    const keyName = request.params.key_name ?? '';
    const missing = new NotFoundError('key name not found in namespace', { code: 'SF_ERR_NOT_FOUND_KEY' });
    if (!(await deps.keys.delete(ns.name, keyName, callOptions(request)).catch((err: unknown) => {
      if (err instanceof NotFoundError) return false;
      throw err;
    }))) throw missing;
    recordEvent(deps, request, 'audit', 'key deleted', 'namespace', ns.name, { key_name: keyName });
    return null;
  });
};
