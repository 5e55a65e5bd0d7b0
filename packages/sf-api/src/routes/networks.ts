import { AlreadyExistsError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '@sf/common';
import type { Network__Output } from '@sf/database-client';
import { randomUUID } from 'node:crypto';
import { recordEvent } from '../internal/audit.js';
import { scopeOf, type ApiDeps } from '../internal/context.js';
import { existingNamespace } from '../internal/namespaces.js';
import { allPages } from '../internal/pages.js';
import { networkByRef } from '../internal/refs.js';
import { listOf, namespaceOnlyBody, networkView, refParams } from '../internal/schemas.js';
import { networkView as toView } from '../internal/views.js';
import { checkNetblock } from '../services/network-create.js';
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
    const vxlan = await deps.db.allocations.allocate({ pool: 'vxlan', owner: { type: 'network', uuid }, purpose: 'vxid' });
    const network = await deps.db.networks.create({
      uuid, namespace, name: body.name ?? '', state: 'initial', vxid: Number(vxlan.value), netblock,
      provide_dhcp: body.provide_dhcp ?? true, provide_nat: body.provide_nat ?? true, provide_dns: body.provide_dns ?? false,
    }).catch(async (err: unknown) => {
      // A racing retry with the same Idempotency-Key created it first.
      if (err instanceof AlreadyExistsError && request.idempotency !== null) return deps.db.networks.get(uuid, namespace);
      throw err;
    });
    await deps.db.operations.enqueue({
      operation_type: 'network.create', namespace, target_role: 'network', request_id: request.id,
      payload_json: JSON.stringify({ network_uuid: uuid }), targets: [{ object_type: 'network', object_uuid: uuid }],
    });
    recordEvent(deps, request, 'audit', 'network created', 'network', uuid);
    return view(deps, network);
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
    const { network_interfaces: nics } = await deps.db.networkInterfaces.list({ network_uuid: network.uuid, states: ['initial', 'created'], page: { page_size: 1, page_token: '' } });
    const next = nics.length > 0 ? 'delete-wait' : 'deleted';
    const updated = network.state === next ? network : await deps.db.networks.transition(network.uuid, next, { namespace: network.namespace });
    // The network worker tears down the kernel side and then frees the VNI.
    await deps.db.operations.enqueue({
      operation_type: 'network.delete', namespace: network.namespace, target_role: 'network', request_id: request.id,
      payload_json: JSON.stringify({ network_uuid: network.uuid }), targets: [{ object_type: 'network', object_uuid: network.uuid }],
    });
    recordEvent(deps, request, 'audit', 'network deleted', 'network', network.uuid);
    return view(deps, updated);
  });
};
