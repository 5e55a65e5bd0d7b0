import { NotFoundError } from '@sf/common';
import type { Namespace__Output } from '@sf/database-client';
import type { FastifyRequest } from 'fastify';
import type { ApiDeps } from './context.js';
import { namespaceView } from './views.js';

export const namespaceNotFound = (): NotFoundError => new NotFoundError('namespace not found', { code: 'SF_ERR_NOT_FOUND_NAMESPACE' });

/** Namespace and key names: what fits a path segment and a log field without escaping. */
export const NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';

/**
 * The namespace of exactly this name. MariaDB compares names without case
 * or trailing spaces, so `SYSTEM` would find `system`: a name that differs
 * from the stored one is not found, as in Shaken Fist, and no check made on
 * the name given (the system namespace's, a trust's) can be sidestepped.
 */
export async function namespaceNamed(deps: ApiDeps, name: string): Promise<Namespace__Output> {
  try {
    const ns = await deps.db.namespaces.get(name);
    if (ns.name === name) return ns;
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
  }
  throw namespaceNotFound();
}

/** A live namespace, whoever asks; deleted or missing is not found. */
export async function existingNamespace(deps: ApiDeps, name: string): Promise<Namespace__Output> {
  const ns = await namespaceNamed(deps, name);
  if (ns.state === 'deleted') throw namespaceNotFound();
  return ns;
}

/** X is visible to C when X == C, C is system, or X trusts C (API.md section 1.6); otherwise not found. */
export async function visibleNamespace(deps: ApiDeps, request: FastifyRequest, name: string, allowDeleted = true): Promise<Namespace__Output> {
  const ns = await namespaceNamed(deps, name);
  if (!allowDeleted && ns.state === 'deleted') throw namespaceNotFound();
  const { caller } = request;
  if (caller.admin || caller.namespace === name) return ns;
  if (!(await deps.keys.trusts(name)).includes(caller.namespace)) throw namespaceNotFound();
  return ns;
}

export async function fullNamespaceView(deps: ApiDeps, ns: Namespace__Output) {
  const [keys, trusts, metadata] = await Promise.all([
    ns.state === 'deleted' ? Promise.resolve([]) : deps.keys.list(ns.name),
    ns.state === 'deleted' ? Promise.resolve([]) : deps.keys.trusts(ns.name),
    deps.db.metadata.get({ objectType: 'namespace', objectRef: ns.name }),
  ]);
  return namespaceView(ns.name, ns.state, keys.map((k) => k.keyName), trusts, metadata);
}
