import type { Instance__Output, NetworkInterface__Output } from '@sf/database-client';
import { checkKey } from '../internal/auth-hook.js';
import type { FastifyRequest } from 'fastify';
import { scopeOf, type ApiDeps } from '../internal/context.js';
import { instanceByRef, isUuid, orNotFound } from '../internal/refs.js';
import { allPages } from '../internal/pages.js';
import { instanceView } from '../internal/views.js';

/** One instance with its interfaces and metadata: the two reads run side by side. */
export async function loadInstanceView(deps: ApiDeps, instance: Instance__Output) {
  const [interfaces, metadata] = await Promise.all([
    deps.db.networkInterfaces.list({ instance_uuid: instance.uuid, namespace: instance.namespace }),
    deps.db.metadata.get({ objectType: 'instance', objectRef: instance.uuid, namespace: instance.namespace }),
  ]);
  return instanceView(instance, interfaces.network_interfaces, metadata);
}

/** Many instances: interfaces in one paged read for the scope, metadata per instance. */
export async function loadInstanceViews(deps: ApiDeps, scope: string, instances: Instance__Output[]) {
  if (instances.length === 0) return [];
  const interfaces = await allPages(async (page) => {
    const r = await deps.db.networkInterfaces.list({ namespace: scope, page });
    return { items: r.network_interfaces, next: r.next_page_token };
  });
  const byInstance = new Map<string, NetworkInterface__Output[]>();
  for (const nic of interfaces) byInstance.set(nic.instance_uuid, [...(byInstance.get(nic.instance_uuid) ?? []), nic]);
  return Promise.all(instances.map(async (i) => {
    const metadata = await deps.db.metadata.get({ objectType: 'instance', objectRef: i.uuid, namespace: i.namespace });
    return instanceView(i, byInstance.get(i.uuid) ?? [], metadata);
  }));
}

/**
 * GET by reference. For a UUID, one tier call checks the caller's key and
 * reads the instance with its interfaces and metadata (coalesced with
 * concurrent gets): the route defers its key check to here.
 */
export async function instanceViewByRef(deps: ApiDeps, request: FastifyRequest, ref: string) {
  const { caller } = request;
  if (!isUuid(ref)) {
    await checkKey(deps, caller);
    return loadInstanceView(deps, await instanceByRef(deps, request, ref));
  }
  const keyCheck = { namespace: caller.namespace, key_name: caller.keyName, nonce: caller.nonce };
  const view = await orNotFound('instance', () => deps.db.instanceViews.get(ref, scopeOf(request), keyCheck));
  const metadata = Object.fromEntries(Object.entries(view.metadata_json).map(([k, v]) => [k, JSON.parse(v) as unknown]));
  return instanceView(view.instance as Instance__Output, view.interfaces, metadata);
}
