import { ValidationError } from '@sf/common';
import type { MetadataOwner } from '@sf/database-client';
import type { FastifyRequest } from 'fastify';
import { recordEvent } from '../internal/audit.js';
import { callOptions, type ApiDeps } from '../internal/context.js';
import { visibleNamespace } from '../internal/namespaces.js';
import { instanceByRef, interfaceByUuid, networkByRef } from '../internal/refs.js';
import { emptyBody, metadata, nullReply, refParams } from '../internal/schemas.js';
import { checkInstanceMetadata } from '../services/instance-spec.js';
import { nodeByName } from './nodes.js';
import type { RoutePlugin } from './types.js';

type Req = FastifyRequest<{ Params: Record<string, string>; Body: { key?: string | null; value?: unknown } }>;

interface Kind {
  prefix: string;
  param: string;
  admin: boolean;
  owner: (deps: ApiDeps, request: Req, ref: string) => Promise<MetadataOwner>;
}

/** The objects with metadata (API.md section 11) and how each finds its owner, visibility checks included. */
const KINDS: Kind[] = [
  { prefix: '/instances/:ref', param: 'ref', admin: false, owner: async (deps, r, ref) => {
    const i = await instanceByRef(deps, r, ref);
    return { objectType: 'instance', objectRef: i.uuid, namespace: i.namespace };
  } },
  { prefix: '/networks/:ref', param: 'ref', admin: false, owner: async (deps, r, ref) => {
    const n = await networkByRef(deps, r, ref);
    return { objectType: 'network', objectRef: n.uuid, namespace: n.namespace };
  } },
  { prefix: '/interfaces/:uuid', param: 'uuid', admin: false, owner: async (deps, r, ref) => {
    const n = await interfaceByUuid(deps, r, ref);
    return { objectType: 'network_interface', objectRef: n.uuid, namespace: n.namespace };
  } },
  { prefix: '/nodes/:name', param: 'name', admin: true, owner: async (deps, _r, ref) => ({ objectType: 'node', objectRef: (await nodeByName(deps, ref)).name }) },
  { prefix: '/auth/namespaces/:ns', param: 'ns', admin: false, owner: async (deps, r, ref) => ({ objectType: 'namespace', objectRef: (await visibleNamespace(deps, r, ref, false)).name }) },
];

/** Shaken Fist wants a truthy value: 0, "", false, [], {} and null are refused. */
function checkValue(value: unknown): void {
  const empty = value === undefined || value === null || value === 0 || value === '' || value === false
    || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
  if (empty) throw new ValidationError('no value specified');
}

const keyParam = { type: 'string', minLength: 1, maxLength: 255 } as const;
const postBody = { type: 'object', properties: { key: { type: ['string', 'null'], maxLength: 255 }, value: {} }, additionalProperties: false } as const;
const putBody = { type: 'object', properties: { value: {} }, additionalProperties: false } as const;

export const metadataRoutes: RoutePlugin = (app, deps) => {
  for (const kind of KINDS) {
    const config = { admin: kind.admin };
    const params = refParams(kind.param);
    const keyed = { ...params, properties: { ...params.properties, key: keyParam }, required: [kind.param, 'key'] };
    const set = async (request: Req, key: string | null | undefined, value: unknown) => {
      if (key === undefined || key === null || key === '') throw new ValidationError('no key specified');
      checkValue(value);
      const owner = await kind.owner(deps, request, request.params[kind.param] ?? '');
      if (owner.objectType === 'instance') checkInstanceMetadata(key, value);
      await deps.db.metadata.set(owner, key, value, callOptions(request));
      recordEvent(deps, request, 'audit', 'metadata set', owner.objectType, owner.objectRef, { key });
      return null;
    };

    app.get(`${kind.prefix}/metadata`, { config, schema: { summary: 'Metadata of the object', params, body: emptyBody, response: { 200: metadata } } },
      async (request: Req) => deps.db.metadata.get(await kind.owner(deps, request, request.params[kind.param] ?? '')));

    app.post(`${kind.prefix}/metadata`, { config, schema: { summary: 'Set a metadata key', params, body: postBody, response: { 200: nullReply } } },
      async (request: Req) => set(request, request.body.key, request.body.value));

    app.put(`${kind.prefix}/metadata/:key`, { config, schema: { summary: 'Set a metadata key', params: keyed, body: putBody, response: { 200: nullReply } } },
      async (request: Req) => set(request, request.params.key, request.body.value));

    app.delete(`${kind.prefix}/metadata/:key`, { config, schema: { summary: 'Delete a metadata key (a missing key is fine)', params: keyed, body: emptyBody, response: { 200: nullReply } } },
      async (request: Req) => {
        const owner = await kind.owner(deps, request, request.params[kind.param] ?? '');
        await deps.db.metadata.delete(owner, request.params.key ?? '', callOptions(request));
        recordEvent(deps, request, 'audit', 'metadata deleted', owner.objectType, owner.objectRef, { key: request.params.key });
        return null;
      });
  }
};
