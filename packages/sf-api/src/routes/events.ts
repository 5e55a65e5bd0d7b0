import type { FastifyRequest } from 'fastify';
import type { ObjectType } from '../internal/audit.js';
import type { ApiDeps } from '../internal/context.js';
import { instanceByRef, networkByRef } from '../internal/refs.js';
import { eventView, eventsBody, listOf, refParams } from '../internal/schemas.js';
import { eventView as toView } from '../internal/views.js';
import { nodeByName } from './nodes.js';
import type { RoutePlugin } from './types.js';

type EventsRequest = FastifyRequest<{ Params: { ref: string; name?: string }; Body: { event_type?: string | null; limit?: number | null } }>;

/** Newest first, `limit` default 100 (API.md section 10). */
async function eventsOf(deps: ApiDeps, request: EventsRequest, objectType: ObjectType, uuid: string) {
  const { events } = await deps.db.events.forObject({ object_type: objectType, object_uuid: uuid, event_type: request.body.event_type ?? '', limit: request.body.limit ?? 100 });
  return events.map(toView);
}

/** The event log of instances, networks and nodes (capability events-by-type). */
export const eventRoutes: RoutePlugin = (app, deps) => {
  const schema = (what: string) => ({ summary: `Events of ${what}, newest first`, params: refParams('ref'), body: eventsBody, response: { 200: listOf(eventView) } });

  app.get('/instances/:ref/events', { schema: schema('an instance') }, async (request: EventsRequest) =>
    eventsOf(deps, request, 'instance', (await instanceByRef(deps, request, request.params.ref)).uuid));

  app.get('/networks/:ref/events', { schema: schema('a network') }, async (request: EventsRequest) =>
    eventsOf(deps, request, 'network', (await networkByRef(deps, request, request.params.ref)).uuid));

  app.get('/nodes/:name/events', { config: { admin: true }, schema: { ...schema('a node'), params: refParams('name') } },
    async (request: EventsRequest) => eventsOf(deps, request, 'node', (await nodeByName(deps, request.params.name ?? '')).name));
};
