import assert from 'node:assert/strict';
import { buildApp, type App } from '../../src/app.js';
import { fakeDeps } from '../helpers/fake-deps.js';

/** The consistency test of STYLE.md section 7: a route without its schemas fails here. */
describe('route schemas and /openapi.json', () => {
  let built: App;
  before(async () => {
    built = await buildApp(fakeDeps());
  });
  after(async () => {
    await built.app.close();
  });

  it('every route declares a body schema, a 200 response schema, and params for each path parameter', () => {
    assert.ok(built.routes.length > 60, `only ${built.routes.length} routes`);
    for (const route of built.routes) {
      const name = `${String(route.method)} ${route.url}`;
      const schema = route.schema as { body?: unknown; params?: { properties?: Record<string, unknown> }; response?: Record<string, unknown> } | undefined;
      assert.ok(schema !== undefined, `${name} has no schema`);
      assert.ok(schema.body !== undefined, `${name} has no body schema`);
      assert.ok(schema.response?.['200'] !== undefined, `${name} has no 200 response schema`);
      for (const [, param] of route.url.matchAll(/:([^/]+)/g)) {
        assert.ok(schema.params?.properties?.[param ?? ''] !== undefined, `${name} has no schema for :${param}`);
      }
    }
  });

  it('publishes every route in an OpenAPI 3.1 document, without auth', async () => {
    const r = await built.app.inject({ method: 'GET', url: '/openapi.json' });
    assert.equal(r.statusCode, 200);
    const doc = r.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.equal(doc.openapi, '3.1.0');
    const operations = Object.values(doc.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
    assert.equal(operations, built.routes.length);
    assert.ok(doc.paths['/instances/{ref}']?.get !== undefined);
  });
});
