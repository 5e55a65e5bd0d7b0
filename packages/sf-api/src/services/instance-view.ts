import { NotFoundError } from '@sf/common';
import type { Instance__Output, InstanceView__Output } from '@sf/database-client';
import { checkKey } from '../internal/auth-hook.js';
import type { FastifyRequest } from 'fastify';
import { scopeOf, type ApiDeps } from '../internal/context.js';
import { instanceByRef, isUuid, orNotFound } from '../internal/refs.js';
import { instanceView, parsedMetadata } from '../internal/views.js';

/** One instance with its interfaces (with their metadata) and its metadata: the two reads run side by side. */
export async function loadInstanceView(deps: ApiDeps, instance: Instance__Output) {
  const [interfaces, metadata] = await Promise.all([
    deps.db.networkInterfaces.list({ instance_uuid: instance.uuid, namespace: instance.namespace, with_metadata: true }),
    deps.db.metadata.get({ objectType: 'instance', objectRef: instance.uuid, namespace: instance.namespace }),
  ]);
  return instanceView(instance, interfaces.network_interfaces, metadata);
}

/** The view from GetInstanceViews' parts. */
function fromParts(view: InstanceView__Output) {
  return instanceView(view.instance as Instance__Output, view.interfaces, parsedMetadata(view.metadata_json));
}

/**
 * Many instances: their views are asked together, which the client turns
 * into one GetInstanceViews call per 128 instances. The route already
 * checked the caller's key, so these calls carry no key check. An instance
 * purged since the list was read is left out.
 */
export async function loadInstanceViews(deps: ApiDeps, scope: string, instances: Instance__Output[]) {
  const noCheck = { namespace: '', key_name: '', nonce: '' };
  const views = await Promise.all(instances.map((i) => deps.db.instanceViews.get(i.uuid, scope, noCheck).catch((err: unknown) => {
    if (err instanceof NotFoundError) return undefined;
    throw err;
  })));
  return views.filter((v) => v !== undefined).map(fromParts);
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
  return fromParts(await orNotFound('instance', () => deps.db.instanceViews.get(ref, scopeOf(request), keyCheck)));
}
