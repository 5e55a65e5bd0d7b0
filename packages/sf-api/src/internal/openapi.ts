import type { RouteOptions } from 'fastify';

interface Schemas {
  summary?: string;
  params?: { properties?: Record<string, unknown> };
  body?: unknown;
  response?: Record<string, unknown>;
}

const toOpenApiPath = (url: string): string => url.replace(/:([^/]+)/g, '{$1}');

/**
 * OpenAPI 3.1 from the route table: nothing is written by hand, so the
 * document cannot drift from what is validated. Shaken Fist sends bodies on
 * GET and DELETE too, which 3.1 allows.
 */
export function openApiDocument(routes: readonly RouteOptions[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
    const schema = (route.schema ?? {}) as Schemas;
    const path = toOpenApiPath(route.url);
    for (const method of methods) {
      const parameters = Object.entries(schema.params?.properties ?? {}).map(([name, s]) => ({ name, in: 'path', required: true, schema: s }));
      const responses = Object.fromEntries(Object.entries(schema.response ?? {}).map(([status, s]) => [status, { description: `HTTP ${status}`, content: { 'application/json': { schema: s } } }]));
      (paths[path] ??= {})[method.toLowerCase()] = {
        summary: schema.summary ?? '',
        parameters,
        ...(schema.body === undefined ? {} : { requestBody: { content: { 'application/json': { schema: schema.body } } } }),
        responses: { ...responses, default: { description: 'Error envelope {error, status, code, request_id}' } },
      };
    }
  }
  return { openapi: '3.1.0', info: { title: 'Shaken Fist REST API service (sf-api)', version: '1' }, paths };
}
