import { AlreadyExistsError, ForbiddenError, InvalidStateTransitionError, NotFoundError, ValidationError } from '@sf/common';
import { recordEvent } from '../internal/audit.js';
import { SYSTEM_NAMESPACE } from '../internal/auth-hook.js';
import { callOptions } from '../internal/context.js';
import { hashKey } from '../internal/keys.js';
import { NAME_PATTERN, existingNamespace, fullNamespaceView, visibleNamespace } from '../internal/namespaces.js';
import { allPages } from '../internal/pages.js';
import { emptyBody, listOf, namespaceView, nullReply, refParams } from '../internal/schemas.js';
import { checkKeyName, checkKeyValue } from './namespace-keys.js';
import type { RoutePlugin } from './types.js';

const createBody = {
  type: 'object',
  properties: {
    namespace: { type: ['string', 'null'], maxLength: 64 },
    key_name: { type: ['string', 'null'], maxLength: 64 },
    key: {},
  },
  additionalProperties: false,
} as const;
const trustBody = { type: 'object', properties: { external_namespace: { type: ['string', 'null'], maxLength: 64 } }, additionalProperties: false } as const;

type CreateBody = { namespace?: string | null; key_name?: string | null; key?: unknown };
type Params = { ns: string };

const namespaceExists = (): ForbiddenError => new ForbiddenError('namespace exists', { code: 'SF_ERR_FORBIDDEN_NAMESPACE_EXISTS' });

/** /auth/namespaces (API.md section 4): create and delete are system's; the rest follows trust. */
export const namespaceRoutes: RoutePlugin = (app, deps) => {
  app.post<{ Body: CreateBody }>('/auth/namespaces', {
    config: { admin: true },
    schema: { summary: 'Create a namespace, optionally with a first key', body: createBody, response: { 200: namespaceView } },
  }, async (request) => {
    const { namespace: name, key_name: keyName, key } = request.body;
    if (name === undefined || name === null || name === '') throw new ValidationError('no namespace specified');
    if (!new RegExp(NAME_PATTERN).test(name)) throw new ValidationError('namespace: must match ' + NAME_PATTERN);
    // API.md section 4's order: an existing name is refused before the key is looked at (the create below refuses a racer).
    if (await deps.db.namespaces.get(name).then(() => true, (err: unknown) => {
      if (err instanceof NotFoundError) return false;
      throw err;
    })) throw namespaceExists();
    if (keyName !== undefined && keyName !== null) {
      checkKeyName(keyName);
      checkKeyValue(key);
    }
    const firstKey = keyName !== undefined && keyName !== null ? { name: keyName, hash: await hashKey(key as string) } : undefined;
    // One tier transaction: a namespace is never left without the key asked for. Shaken Fist refuses even a
    // deleted, not yet purged name.
    const ns = await deps.db.namespaces.create(name, firstKey === undefined ? {} : { firstKey }, callOptions(request)).catch((err: unknown) => {
      throw err instanceof AlreadyExistsError ? namespaceExists() : err;
    });
    recordEvent(deps, request, 'audit', 'namespace created', 'namespace', name);
    return fullNamespaceView(deps, ns);
  });

  app.get('/auth/namespaces', {
    schema: { summary: 'Namespaces visible to the caller', body: emptyBody, response: { 200: listOf(namespaceView) } },
  }, async (request) => {
    const all = await allPages(async (page) => {
      const r = await deps.db.namespaces.list({ states: ['created'], page });
      return { items: r.namespaces, next: r.next_page_token };
    });
    const visible = await Promise.all(all.map(async (ns) => {
      if (request.caller.admin || ns.name === request.caller.namespace) return ns;
      return (await deps.keys.trusts(ns.name)).includes(request.caller.namespace) ? ns : undefined;
    }));
    return Promise.all(visible.filter((ns) => ns !== undefined).map((ns) => fullNamespaceView(deps, ns)));
  });

  app.get<{ Params: Params }>('/auth/namespaces/:ns', {
    schema: { summary: 'One namespace', params: refParams('ns'), body: emptyBody, response: { 200: namespaceView } },
  }, async (request) => fullNamespaceView(deps, await visibleNamespace(deps, request, request.params.ns)));

  app.delete<{ Params: Params }>('/auth/namespaces/:ns', {
    config: { admin: true },
    schema: { summary: 'Delete an empty namespace', params: refParams('ns'), body: emptyBody, response: { 200: nullReply } },
  }, async (request) => {
    const { ns } = request.params;
    if (ns === SYSTEM_NAMESPACE) throw new ForbiddenError('you cannot delete the system namespace');
    const namespace = await visibleNamespace(deps, request, ns);
    if (namespace.state === 'deleted') return null;
    // One tier transaction under the namespace's row lock, which creates in it take shared: an instance,
    // network or key created meanwhile either holds the namespace or is refused.
    await deps.db.namespaces.retire(ns, callOptions(request)).catch((err: unknown) => {
      if (!(err instanceof InvalidStateTransitionError) || err.code !== 'SF_ERR_INVALID_STATE_HELD') throw err;
      const held = (err.details as { held?: unknown } | undefined)?.held;
      throw new ValidationError(Array.isArray(held) && held.includes('instances') ? 'you cannot delete a namespace with instances' : 'you cannot delete a namespace with networks');
    });
    recordEvent(deps, request, 'audit', 'namespace deleted', 'namespace', ns);
    return null;
  });

  app.post<{ Params: Params; Body: { external_namespace?: string | null } }>('/auth/namespaces/:ns/trust', {
    schema: { summary: 'Let another namespace see this one', params: refParams('ns'), body: trustBody, response: { 200: namespaceView } },
  }, async (request) => {
    const external = request.body.external_namespace;
    if (external === undefined || external === null || external === '') throw new ValidationError('no external namespace specified');
    const ns = await visibleNamespace(deps, request, request.params.ns, false);
    await existingNamespace(deps, external);
    await deps.keys.addTrust(ns.name, external, callOptions(request));
    recordEvent(deps, request, 'audit', 'trust added', 'namespace', ns.name, { external_namespace: external });
    return fullNamespaceView(deps, ns);
  });

  app.delete<{ Params: Params & { external: string } }>('/auth/namespaces/:ns/trust/:external', {
    schema: { summary: 'Stop trusting a namespace (system stays trusted)', params: refParams('ns', 'external'), body: emptyBody, response: { 200: namespaceView } },
  }, async (request) => {
    const ns = await visibleNamespace(deps, request, request.params.ns, false);
    const { external } = request.params;
    if (external !== SYSTEM_NAMESPACE) {
      await deps.keys.removeTrust(ns.name, external, callOptions(request)).catch((err: unknown) => {
        if (!(err instanceof NotFoundError)) throw err;
      });
      recordEvent(deps, request, 'audit', 'trust removed', 'namespace', ns.name, { external_namespace: external });
    }
    return fullNamespaceView(deps, ns);
  });
};
