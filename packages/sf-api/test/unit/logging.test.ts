import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { createLogger } from '@sf/common';
import { buildApp } from '../../src/app.js';
import { hashKey } from '../../src/internal/keys.js';
import { fakeDeps, memoryKeys } from '../helpers/fake-deps.js';

describe('logging: secrets and /auth bodies never reach a log line', () => {
  it('logs requests (method, route, status) but neither keys, tokens nor bodies', async () => {
    let written = '';
    const log = createLogger({ name: 'sf-api', level: 'debug', destination: new Writable({ write: (c, _e, cb) => { written += String(c); cb(); } }) });
    const deps = { ...fakeDeps({ namespaces: { get: async () => ({ name: 'system', state: 'created' }) } }), log };
    deps.keys = memoryKeys({ system: [{ keyName: 'admin', keyHash: await hashKey('very-secret-key'), nonce: 'n1' }] });
    const { app } = await buildApp(deps);
    try {
      const ok = await app.inject({ method: 'POST', url: '/auth', payload: { namespace: 'system', key: 'very-secret-key' } });
      assert.equal(ok.statusCode, 200);
      const token = (ok.json() as { access_token: string }).access_token;
      await app.inject({ method: 'POST', url: '/auth', payload: { namespace: 'system', key: 'wrong-secret-key' } });
      await app.inject({ method: 'GET', url: '/auth/namespaces/system/keys', headers: { authorization: `Bearer ${token}` } });
      assert.match(written, /"route":"\/auth"/, 'control: requests are logged');
      for (const secret of ['very-secret-key', 'wrong-secret-key', token, deps.tokens.secret]) assert.ok(!written.includes(secret), 'a secret reached the log');
    } finally {
      await app.close();
    }
  });
});
