import { allPages } from '../internal/pages.js';
import { instanceByRef, interfaceByUuid, networkByRef } from '../internal/refs.js';
import { emptyBody, interfaceView, listOf, refParams } from '../internal/schemas.js';
import { interfaceView as toView } from '../internal/views.js';
import type { RoutePlugin } from './types.js';

/** Network interfaces (API.md section 7), alone and as the NICs of an instance or a network. */
export const interfaceRoutes: RoutePlugin = (app, deps) => {
  app.get<{ Params: { uuid: string } }>('/interfaces/:uuid', {
    schema: { summary: 'One network interface', params: refParams('uuid'), body: emptyBody, response: { 200: interfaceView } },
  }, async (request) => {
    const nic = await interfaceByUuid(deps, request, request.params.uuid);
    const metadata = await deps.db.metadata.get({ objectType: 'network_interface', objectRef: nic.uuid, namespace: nic.namespace });
    return toView(nic, metadata);
  });

  app.get<{ Params: { ref: string } }>('/instances/:ref/interfaces', {
    schema: { summary: 'The NICs of an instance, in order', params: refParams('ref'), body: emptyBody, response: { 200: listOf(interfaceView) } },
  }, async (request) => {
    const instance = await instanceByRef(deps, request, request.params.ref);
    const { network_interfaces: nics } = await deps.db.networkInterfaces.list({ instance_uuid: instance.uuid, namespace: instance.namespace, with_metadata: true });
    return nics.sort((a, b) => a.order - b.order).map((nic) => toView(nic));
  });

  app.get<{ Params: { ref: string } }>('/networks/:ref/interfaces', {
    schema: { summary: 'The interfaces on a network', params: refParams('ref'), body: emptyBody, response: { 200: listOf(interfaceView) } },
  }, async (request) => {
    const network = await networkByRef(deps, request, request.params.ref);
    // Every page: a network has no cap on its interfaces, unlike an instance (32).
    const nics = await allPages(async (page) => {
      const r = await deps.db.networkInterfaces.list({ network_uuid: network.uuid, states: ['initial', 'created'], with_metadata: true, page });
      return { items: r.network_interfaces, next: r.next_page_token };
    });
    return nics.map((nic) => toView(nic));
  });
};
