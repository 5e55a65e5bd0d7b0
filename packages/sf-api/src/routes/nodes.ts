import { NotFoundError } from '@sf/common';
import type { Node__Output } from '@sf/database-client';
import { recordEvent } from '../internal/audit.js';
import { callOptions, type ApiDeps } from '../internal/context.js';
import { allPages } from '../internal/pages.js';
import { orNotFound } from '../internal/refs.js';
import { emptyBody, listOf, nodeView, refParams } from '../internal/schemas.js';
import { nodeView as toView } from '../internal/views.js';
import type { RoutePlugin } from './types.js';

export async function nodeByName(deps: ApiDeps, name: string): Promise<Node__Output> {
  return orNotFound('node', () => deps.db.nodes.get(name));
}

/** /nodes (API.md section 8): system only, others get 401; a node is never purged. */
export const nodeRoutes: RoutePlugin = (app, deps) => {
  const view = async (n: Node__Output) => toView(n, await deps.db.metadata.get({ objectType: 'node', objectRef: n.name }));

  app.get('/nodes', {
    config: { admin: true },
    schema: { summary: 'Every node, deleted ones included', body: emptyBody, response: { 200: listOf(nodeView) } },
  }, async () => {
    const nodes = await allPages(async (page) => {
      const r = await deps.db.nodes.list({ page });
      return { items: r.nodes, next: r.next_page_token };
    });
    return Promise.all(nodes.map(view));
  });

  app.get<{ Params: { name: string } }>('/nodes/:name', {
    config: { admin: true },
    schema: { summary: 'One node', params: refParams('name'), body: emptyBody, response: { 200: nodeView } },
  }, async (request) => view(await nodeByName(deps, request.params.name)));

  app.delete<{ Params: { name: string } }>('/nodes/:name', {
    config: { admin: true },
    schema: { summary: 'Mark a node deleted (manual removal)', params: refParams('name'), body: emptyBody, response: { 200: nodeView } },
  }, async (request) => {
    const node = await nodeByName(deps, request.params.name);
    if (node.state === 'deleted') return view(node);
    const deleted = await deps.db.nodes.transition(node.name, 'deleted', [], callOptions(request)).catch((err: unknown) => {
      throw err instanceof NotFoundError ? new NotFoundError('node not found') : err;
    });
    recordEvent(deps, request, 'audit', 'node deleted', 'node', node.name);
    return view(deleted);
  });
};
