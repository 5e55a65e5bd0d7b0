import { NotFoundError } from '@sf/common';
import type { Namespace__Output } from '@sf/database-client';
import type { FastifyRequest } from 'fastify';
import type { ApiDeps } from './context.js';
import { namespaceView } from './views.js';

export const namespaceNotFound = (): NotFoundError => new NotFoundError('namespace not found', { code: 'SF_ERR_NOT_FOUND_NAMESPACE' });

/** Namespace and key names: what fits a path segment and a log field without escaping. */
export const NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';

/** A live namespace, whoever asks; deleted or missing is not found. */
export async function existingNamespace(deps: ApiDeps, name: string): Promise<Namespace__Output> {
  try {
    const ns = await deps.db.namespaces.get(name);
    if (ns.state !== 'deleted') return ns;
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
  }
  throw namespaceNotFound();
}

/** X is visible to C when X == C, C is system, or X trusts C (API.md section 1.6); otherwise not found. */
export async function visibleNamespace(deps: ApiDeps, request: FastifyRequest, name: string, allowDeleted = true): Promise<Namespace__Output> {
  let ns: Namespace__Output;
  try {
    ns = await deps.db.namespaces.get(name);
  } catch (err) {
    if (err instanceof NotFoundError) throw namespaceNotFound();
    throw err;
  }
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
