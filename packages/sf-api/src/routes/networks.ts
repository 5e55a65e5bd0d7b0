import { AlreadyExistsError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '@sf/common';
import type { Network__Output } from '@sf/database-client';
import { randomUUID } from 'node:crypto';
import { recordEvent } from '../internal/audit.js';
import { callOptions, scopeOf, type ApiDeps } from '../internal/context.js';
import { envelope } from '../internal/errors.js';
import { existingNamespace } from '../internal/namespaces.js';
import { allPages } from '../internal/pages.js';
import { networkByRef } from '../internal/refs.js';
import { listOf, namespaceOnlyBody, networkView, refParams } from '../internal/schemas.js';
import { networkView as toView } from '../internal/views.js';
import { checkNetblock } from '../services/network-create.js';
import { firstAttemptSettled } from '../services/create-resume.js';
import { deleteNetwork, hasInterfaces } from '../services/network-delete.js';
import type { RoutePlugin } from './types.js';

const nbool = { type: ['boolean', 'null'] } as const;
const createBody = {
  type: 'object',
  properties: {
    netblock: { type: ['string', 'null'], maxLength: 64 }, provide_dhcp: nbool, provide_nat: nbool, provide_dns: nbool,
    name: { type: ['string', 'null'], maxLength: 255 }, namespace: { type: ['string', 'null'], maxLength: 64 },
  },
  additionalProperties: false,
} as const;
const listBody = { type: 'object', properties: { all: nbool }, additionalProperties: false } as const;
const deleteAllBody = {
  type: 'object',
  properties: { confirm: nbool, namespace: { type: ['string', 'null'], maxLength: 64 }, clean_wait: nbool },
  additionalProperties: false,
} as const;
type DeleteAllBody = { confirm?: boolean | null; namespace?: string | null; clean_wait?: boolean | null };
type CreateBody = { netblock?: string | null; provide_dhcp?: boolean | null; provide_nat?: boolean | null; provide_dns?: boolean | null; name?: string | null; namespace?: string | null };

async function view(deps: ApiDeps, n: Network__Output) {
  return toView(n, await deps.db.metadata.get({ objectType: 'network', objectRef: n.uuid, namespace: n.namespace }));
}

/** /networks (API.md section 6). An explicit provide_dhcp/provide_nat false is honoured (a documented deviation). */
export const networkRoutes: RoutePlugin = (app, deps) => {
  app.post<{ Body: CreateBody }>('/networks', {
    schema: { summary: 'Create a network (returned in state initial)', body: createBody, response: { 200: networkView } },
  }, async (request) => {
    const body = request.body;
    if (body.netblock === undefined || body.netblock === null) throw new ValidationError('netblock: missing required parameter');
    const netblock = checkNetblock(body.netblock);
    const { caller } = request;
    const namespace = body.namespace ?? caller.namespace;
    if (namespace !== caller.namespace) {
      await existingNamespace(deps, namespace);
      if (!caller.admin) throw new UnauthenticatedError('only admins can create resources in a different namespace');
    }
    const uuid = request.idempotency?.uuid ?? randomUUID();
    // Leased until the work is queued, as an instance's addresses are (see createInstance).
    const owner = { type: 'network', uuid };
    const vxlan = await deps.db.allocations.allocate({ pool: 'vxlan', owner, purpose: 'vxid', ttl_seconds: deps.createLeaseSeconds });
    let resumed = false;
    const network = await deps.db.networks.create({
      uuid, namespace, name: body.name ?? '', state: 'initial', vxid: Number(vxlan.value), netblock,
      provide_dhcp: body.provide_dhcp ?? true, provide_nat: body.provide_nat ?? true, provide_dns: body.provide_dns ?? false,
    }, callOptions(request)).catch(async (err: unknown) => {
      // The same Idempotency-Key again, racing the first attempt or after it died.
      if (!(err instanceof AlreadyExistsError) || request.idempotency === null) throw err;
      resumed = true;
      return deps.db.networks.get(uuid, namespace);
    });
    // Settled by the first attempt, or holding another VNI: the row is the answer, and a VNI this attempt took
    // that the row does not name is given back.
    if (resumed && (network.vxid !== Number(vxlan.value) || (await firstAttemptSettled(deps, 'network', network)))) {
      if (network.vxid !== Number(vxlan.value)) await deps.db.allocations.release('vxlan', vxlan.value, owner, callOptions(request));
      return view(deps, network);
    }
    await deps.db.allocations.renew('vxlan', vxlan.value, owner, 0, callOptions(request));
    // Only while the network is still `initial`, as for instances (see instance-create).
    await deps.db.operations.enqueue({
      operation_type: 'network.create', namespace, target_role: 'network', request_id: request.id,
      payload_json: JSON.stringify({ network_uuid: uuid }), targets: [{ object_type: 'network', object_uuid: uuid }],
      require_states: ['initial'],
    }, callOptions(request));
    recordEvent(deps, request, 'audit', 'network created', 'network', uuid);
    return view(deps, network);
  });

  app.delete<{ Body: DeleteAllBody }>('/networks', {
    schema: { summary: 'Delete every network of a namespace', body: deleteAllBody, response: { 200: listOf({ type: 'string' }) } },
  }, async (request, reply) => {
    if (request.body.confirm !== true) throw new ValidationError('parameter confirm is not set true');
    const { caller } = request;
    const namespace = request.body.namespace ?? (caller.admin ? undefined : caller.namespace);
    if (namespace === undefined || namespace === '') throw new ValidationError('system user must specify parameter namespace');
    if (!caller.admin && namespace !== caller.namespace) throw new UnauthenticatedError('you cannot delete other namespaces');
    const networks = await allPages(async (page) => {
      const r = await deps.db.networks.list({ namespace, states: ['initial', 'created'], page });
      return { items: r.networks, next: r.next_page_token };
    });
    const deleted: string[] = [];
    const unable: string[] = [];
    for (const network of networks) {
      const inUse = await hasInterfaces(deps, network);
      if (inUse && request.body.clean_wait !== true) unable.push(network.uuid);
      else deleted.push((await deleteNetwork(deps, request, network)).uuid);
    }
    // Shaken Fist's one error whose `error` is an object.
    if (unable.length > 0) return reply.code(403).send(envelope(request, 403, { deleted, unable }, 'SF_ERR_FORBIDDEN_NETWORKS_IN_USE'));
    return deleted;
  });

  app.get<{ Body: { all?: boolean | null } }>('/networks', {
    schema: { summary: 'Networks of the caller (all namespaces for system)', body: listBody, response: { 200: listOf(networkView) } },
  }, async (request) => {
    const networks = await allPages(async (page) => {
      const r = await deps.db.networks.list({ namespace: scopeOf(request), page, states: request.body.all === true ? [] : ['initial', 'created'] });
      return { items: r.networks, next: r.next_page_token };
    });
    return Promise.all(networks.map((n) => view(deps, n)));
  });

  app.get<{ Params: { ref: string } }>('/networks/:ref', {
    schema: { summary: 'One network, deleted ones included until purged', params: refParams('ref'), body: namespaceOnlyBody, response: { 200: networkView } },
  }, async (request) => view(deps, await networkByRef(deps, request, request.params.ref)));

  app.delete<{ Params: { ref: string }; Body: { namespace?: string | null } }>('/networks/:ref', {
    schema: { summary: 'Delete a network (delete-wait while it has interfaces)', params: refParams('ref'), body: namespaceOnlyBody, response: { 200: { anyOf: [networkView, { type: 'null' }] } } },
  }, async (request) => {
    if (request.params.ref === 'floating') throw new ForbiddenError('you cannot delete the floating network');
    const network = await networkByRef(deps, request, request.params.ref);
    const asked = request.body.namespace;
    if (asked !== undefined && asked !== null && asked !== '' && asked !== network.namespace) throw new NotFoundError('network not in namespace');
    if (network.state === 'deleted') return null;
    // Dead but not delete-wait: nothing is left to tear down through this route (API.md section 6.2).
    if (network.state === 'error') throw new NotFoundError('network is deleted');
    const updated = await deleteNetwork(deps, request, network);
    // API.md section 6.2: the view before the delete completes, so `created` for one without interfaces
    // (gone at once here, torn down later by its worker) and `delete-wait` for one waiting for them.
    return view(deps, updated.state === 'delete-wait' ? updated : network);
  });
};
