import { NotFoundError, ValidationError } from '@sf/common';
import type { Instance__Output, Network__Output, NetworkInterface__Output } from '@sf/database-client';
import type { FastifyRequest } from 'fastify';
import type { ApiDeps } from './context.js';
import { scopeOf } from './context.js';

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

export const isUuid = (ref: string): boolean => UUID.test(ref);

const notFound = (kind: string): NotFoundError => new NotFoundError(`${kind} not found`, { code: `SF_ERR_NOT_FOUND_${kind.toUpperCase()}` });

/** Turns the tier's not-found (another namespace's object included) into Shaken Fist's message. */
async function orNotFound<T>(kind: string, get: () => Promise<T>): Promise<T> {
  try {
    return await get();
  } catch (err) {
    if (err instanceof NotFoundError) throw notFound(kind);
    throw err;
  }
}

/**
 * A UUID is fetched directly, deleted objects included; anything else is a
 * name among the caller's active objects (API.md section 1.6).
 */
async function byRef<T>(kind: string, request: FastifyRequest, ref: string, get: (uuid: string, scope: string) => Promise<T>, named: (name: string, scope: string) => Promise<T[]>): Promise<T> {
  const scope = scopeOf(request);
  if (isUuid(ref)) return orNotFound(kind, () => get(ref, scope));
  const matches = await named(ref, scope);
  if (matches.length === 0) throw notFound(kind);
  if (matches.length > 1) throw new ValidationError(`multiple ${kind}s have the name "${ref}" in namespace "${scope === '' ? 'system' : scope}"`);
  return matches[0] as T;
}

const ACTIVE_INSTANCE = ['initial', 'preflight', 'creating', 'created', 'delete-wait', 'error', 'initial-error', 'preflight-error', 'creating-error', 'created-error', 'delete-wait-error'];
/** Names match live networks only: a dead one (deleted, delete-wait, error; API.md section 13.1) keeps no claim on its name. */
export const ACTIVE_NETWORK = ['initial', 'created'];

export function instanceByRef(deps: ApiDeps, request: FastifyRequest, ref: string): Promise<Instance__Output> {
  return byRef('instance', request, ref,
    (uuid, scope) => deps.db.instances.get(uuid, scope),
    async (name, scope) => (await deps.db.instances.list({ namespace: scope, name, states: ACTIVE_INSTANCE })).instances);
}

export function networkByRef(deps: ApiDeps, request: FastifyRequest, ref: string): Promise<Network__Output> {
  return byRef('network', request, ref,
    (uuid, scope) => deps.db.networks.get(uuid, scope),
    async (name, scope) => (await deps.db.networks.list({ namespace: scope, name, states: ACTIVE_NETWORK })).networks);
}

export { notFound, orNotFound };

/** An interface by reference: interfaces have no names, so anything but a uuid is not one of them (API.md section 7). */
export async function interfaceByUuid(deps: ApiDeps, request: FastifyRequest, ref: string): Promise<NetworkInterface__Output> {
  if (!isUuid(ref)) throw notFound('interface');
  return orNotFound('interface', () => deps.db.networkInterfaces.get(ref, scopeOf(request)));
}
