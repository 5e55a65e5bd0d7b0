import assert from 'node:assert/strict';
import { buildApp, type App } from '../../src/app.js';
import { adminToken, fakeDeps, tenantToken } from '../helpers/fake-deps.js';

describe('sf-api conventions (buildApp with a fake client, app.inject)', () => {
  let built: App;
  const seen: unknown[] = [];
  before(async () => {
    built = await buildApp(fakeDeps({
      instances: { list: async (filter: unknown) => { seen.push(filter); return { instances: [], next_page_token: '' }; } },
      networkInterfaces: { list: async () => ({ network_interfaces: [], next_page_token: '' }) },
    }));
  });
  after(async () => {
    await built.app.close();
  });

  it('reads a JSON body on GET with and without a Content-Type, and treats an empty one as {}', async () => {
    const token = await adminToken();
    const headers = { authorization: `Bearer ${token}` };
    for (const contentType of ['application/json', 'text/plain', undefined]) {
      const r = await built.app.inject({ method: 'GET', url: '/instances', headers: contentType === undefined ? headers : { ...headers, 'content-type': contentType }, payload: '{"all": true}' });
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(r.body, '[]');
    }
    assert.equal((await built.app.inject({ method: 'GET', url: '/instances', headers })).statusCode, 200);
    const refused = await built.app.inject({ method: 'GET', url: '/instances', headers, payload: '{"all": "yes"}' });
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json().error, 'all: must be boolean,null');
    const extra = await built.app.inject({ method: 'GET', url: '/instances', headers, payload: '{"bogus": 1}' });
    assert.equal(extra.json().error, 'bogus: unexpected parameter');
  });

  it('reads a DELETE body without a Content-Type', async () => {
    const r = await built.app.inject({ method: 'DELETE', url: '/instances', headers: { authorization: `Bearer ${await tenantToken()}` }, payload: '{"confirm": false}' });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().error, 'parameter confirm is not set true');
  });

  it('refuses non-JSON, invalid UTF-8 and deep nesting with 400 in the envelope', async () => {
    const headers = { authorization: `Bearer ${await adminToken()}`, 'content-type': 'application/json' };
    const cases: Array<[string | Buffer, string]> = [
      ['{not json', 'body: not valid JSON'],
      [Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 'body: not valid UTF-8'],
      [`{"all": ${'['.repeat(100)}${']'.repeat(100)}}`, 'body: nested deeper than 32 levels'],
    ];
    for (const [payload, error] of cases) {
      const r = await built.app.inject({ method: 'GET', url: '/instances', headers, payload });
      assert.equal(r.statusCode, 400);
      assert.deepEqual({ ...(r.json() as object), request_id: 'x' }, { error, status: 400, code: 'SF_ERR_VALIDATION', request_id: 'x' });
    }
  });

  it('echoes a sane X-Request-ID and puts it in error envelopes', async () => {
    const r = await built.app.inject({ method: 'GET', url: '/instances', headers: { 'x-request-id': 'abc-123' } });
    assert.equal(r.statusCode, 401);
    assert.equal(r.headers['x-request-id'], 'abc-123');
    assert.equal(r.json().request_id, 'abc-123');
  });

  it('serves probes without auth and without a database call', async () => {
    assert.equal((await built.app.inject({ method: 'GET', url: '/livez' })).body, 'ok');
    const ready = await built.app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(ready.statusCode, 503, 'not ready before the first check');
    assert.equal(ready.body, 'not ready');
    const health = await built.app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(health.statusCode, 503);
    assert.equal(health.json().checked, false);
  });

  it('scopes a tenant to its namespace and system to all', async () => {
    seen.length = 0;
    await built.app.inject({ method: 'GET', url: '/instances', headers: { authorization: `Bearer ${await tenantToken()}` } });
    await built.app.inject({ method: 'GET', url: '/instances', headers: { authorization: `Bearer ${await adminToken()}` } });
    assert.deepEqual(seen.map((f) => (f as { namespace: string }).namespace), ['t1', '']);
  });
});
