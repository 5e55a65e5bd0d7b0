import type { MetadataOwner } from '@sf/database-client';
import type { FastifyRequest } from 'fastify';
import type { ApiDeps } from './context.js';

export type ObjectType = MetadataOwner['objectType'];

/** Audit and status events are durable rows (STYLE.md section 6), written off the request path by the buffered writer. */
export function recordEvent(deps: ApiDeps, request: FastifyRequest, eventType: 'audit' | 'status', message: string, objectType: ObjectType, ref: string, extra?: Record<string, unknown>): void {
  deps.events.record({
    eventType,
    message,
    objects: [{ object_type: objectType, object_uuid: ref }],
    requestId: request.id,
    extra: { caller: request.caller === null ? null : `${request.caller.namespace}/${request.caller.keyName}`, ...extra },
  });
}
