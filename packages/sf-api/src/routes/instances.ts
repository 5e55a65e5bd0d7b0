import { NotFoundError, UnauthenticatedError, ValidationError } from '@sf/common';
import type { FastifyRequest } from 'fastify';
import { recordEvent } from '../internal/audit.js';
import { scopeOf, type ApiDeps } from '../internal/context.js';
import { existingNamespace } from '../internal/namespaces.js';
import { allPages } from '../internal/pages.js';
import { instanceByRef, orNotFound } from '../internal/refs.js';
import { instanceView, listOf, namespaceOnlyBody, refParams } from '../internal/schemas.js';
import { createInstance, newInstanceUuid } from '../services/instance-create.js';
import { deleteInstance } from '../services/instance-delete.js';
import { planNics } from '../services/instance-nics.js';
import { checkInstanceSpec, createInstanceSchema, type CreateInstanceBody } from '../services/instance-spec.js';
import { instanceViewByRef, loadInstanceView, loadInstanceViews } from '../services/instance-view.js';
import type { RoutePlugin } from './types.js';

type Ref = { Params: { ref: string }; Body: { namespace?: string | null } };
const listBody = { type: 'object', properties: { all: { type: ['boolean', 'null'] } }, additionalProperties: false } as const;
const deleteAllBody = { type: 'object', properties: { confirm: { type: ['boolean', 'null'] }, namespace: { type: ['string', 'null'], maxLength: 64 } }, additionalProperties: false } as const;

/** The target namespace of a create: the caller's, or one that exists and trusts the caller (404 otherwise). */
async function targetNamespace(deps: ApiDeps, request: FastifyRequest, asked: string | null | undefined): Promise<string> {
  const { caller } = request;
  if (asked === undefined || asked === null || asked === '' || asked === caller.namespace) return caller.namespace;
  await existingNamespace(deps, asked);
  if (!caller.admin && !(await deps.keys.trusts(asked)).includes(caller.namespace)) throw new NotFoundError('namespace not found');
  return asked;
}

async function checkPlacedOn(deps: ApiDeps, node: string | null | undefined): Promise<string> {
  if (node === undefined || node === null || node === '') return '';
  const found = await deps.db.nodes.get(node).catch((err: unknown) => {
    throw err instanceof NotFoundError ? new NotFoundError('Specified node does not exist') : err;
  });
  if (found.state !== 'created') throw new NotFoundError('Specified node is not ready');
  return node;
}

/** /instances (API.md section 5): create, list, get and delete. */
export const instanceRoutes: RoutePlugin = (app, deps) => {
  app.post<{ Body: CreateInstanceBody }>('/instances', {
    schema: { summary: 'Create an instance (returned in state initial)', body: createInstanceSchema, response: { 200: instanceView } },
  }, async (request) => {
    const body = request.body;
    const spec = checkInstanceSpec(body);
    const namespace = await targetNamespace(deps, request, body.namespace);
    const requestedNode = await checkPlacedOn(deps, body.placed_on);
    const nics = await planNics(deps, namespace, request.caller.admin, body.network ?? []);
    const uuid = newInstanceUuid(request);
    const plan = { uuid, namespace, spec, nics, sshKey: body.ssh_key ?? '', userData: body.user_data ?? '', nvramTemplate: body.nvram_template ?? '', requestedNode };
    return loadInstanceView(deps, await createInstance(deps, request, plan));
  });

  app.get<{ Body: { all?: boolean | null } }>('/instances', {
    schema: { summary: 'Instances of the caller (all namespaces for system)', body: listBody, response: { 200: listOf(instanceView) } },
  }, async (request) => {
    const scope = scopeOf(request);
    const instances = await allPages(async (page) => {
      const r = await deps.db.instances.list({ namespace: scope, page });
      return { items: r.instances, next: r.next_page_token };
    });
    const shown = request.body.all === true ? instances : instances.filter((i) => i.state !== 'deleted');
    return loadInstanceViews(deps, scope, shown);
  });

  app.get<Ref>('/instances/:ref', {
    config: { keyCheckInHandler: true },
    schema: { summary: 'One instance, deleted ones included until purged', params: refParams('ref'), body: namespaceOnlyBody, response: { 200: instanceView } },
  }, async (request) => instanceViewByRef(deps, request, request.params.ref));

  app.delete<Ref>('/instances/:ref', {
    schema: { summary: 'Delete an instance (asynchronous; poll until deleted)', params: refParams('ref'), body: namespaceOnlyBody, response: { 200: instanceView } },
  }, async (request) => {
    const instance = await instanceByRef(deps, request, request.params.ref);
    const asked = request.body.namespace;
    if (asked !== undefined && asked !== null && asked !== '' && asked !== instance.namespace) throw new NotFoundError('instance not in namespace');
    if (instance.state === 'deleted') throw new NotFoundError('instance not found');
    const view = await loadInstanceView(deps, instance);
    await deleteInstance(deps, request, instance);
    return view;
  });

  app.delete<{ Body: { confirm?: boolean | null; namespace?: string | null } }>('/instances', {
    schema: { summary: 'Delete every instance of a namespace', body: deleteAllBody, response: { 200: listOf({ type: 'string' }) } },
  }, async (request) => {
    if (request.body.confirm !== true) throw new ValidationError('parameter confirm is not set true');
    const { caller } = request;
    const namespace = request.body.namespace ?? (caller.admin ? undefined : caller.namespace);
    if (namespace === undefined || namespace === '') throw new ValidationError('system user must specify parameter namespace');
    if (!caller.admin && namespace !== caller.namespace) throw new UnauthenticatedError('you cannot delete other namespaces');
    const instances = await allPages(async (page) => {
      const r = await deps.db.instances.list({ namespace, page });
      return { items: r.instances, next: r.next_page_token };
    });
    const live = instances.filter((i) => i.state !== 'deleted');
    for (const instance of live) await orNotFound('instance', () => deleteInstance(deps, request, instance));
    recordEvent(deps, request, 'audit', 'namespace instances deleted', 'namespace', namespace, { count: live.length });
    return live.map((i) => i.uuid);
  });
};
