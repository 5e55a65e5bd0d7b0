import { rootPage } from '../internal/capabilities.js';
import { emptyBody } from '../internal/schemas.js';
import { openApiDocument } from '../internal/openapi.js';
import type { RoutePlugin } from './types.js';

/** GET / (capability discovery, API.md section 2) and the generated OpenAPI document; neither needs auth. */
export const rootRoutes: RoutePlugin = (app, _deps, routes) => {
  app.get('/', {
    config: { public: true },
    schema: { summary: 'Capability tokens of this service (HTML)', body: {}, response: { 200: { type: 'string' } } },
  }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(rootPage()));

  app.get('/openapi.json', {
    config: { public: true },
    schema: { summary: 'This document, generated from the route schemas', body: emptyBody, response: { 200: { type: 'object', additionalProperties: true } } },
  }, async () => openApiDocument(routes()));
};
