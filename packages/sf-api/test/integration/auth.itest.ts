import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { envelope } from '../helpers/assert-envelope.js';
import { startStack, SYSTEM_KEY, type Stack } from '../helpers/stack.js';

describe('sf-api auth and namespaces (real HTTP, real sf-database, MariaDB)', function () {
  this.timeout(120000);
  let s: Stack;
  let admin: string;

  before(async () => {
    s = await startStack({ tokenDuration: 60 });
    admin = await s.login('system', SYSTEM_KEY);
  });
  after(async () => {
    await s?.stop();
  });

  it('serves GET / without auth with the heading and only built capability tokens', async () => {
    const r = await s.call('GET', '/');
    assert.equal(r.status, 200);
    assert.match(String(r.headers['content-type']), /text\/html/);
    assert.match(r.text, /Shaken Fist REST API service/);
    for (const token of ['node-get', 'events-by-type', 'get-instance-namespace', 'get-network-namespace']) assert.ok(r.text.includes(token), token);
    for (const token of ['hot-plug-interface', 'provide-dns', 'instance-screenshot', 'cluster-cacert']) assert.ok(!r.text.includes(token), token);
  });

  it('POST /auth: errors in Shaken Fist order, then a Bearer token of 15 minutes', async () => {
    envelope(await s.call('POST', '/auth', { body: {} }), 400, 'missing namespace in request');
    envelope(await s.call('POST', '/auth', { body: { namespace: 'nope', key: 'x' } }), 404, 'namespace not found');
    envelope(await s.call('POST', '/auth', { body: { namespace: 'system' } }), 400, 'missing key in request');
    envelope(await s.call('POST', '/auth', { body: { namespace: 'system', key: 42 } }), 400, 'key is not a string');
    envelope(await s.call('POST', '/auth', { body: { namespace: 'system', key: 'wrong' } }), 401, 'unauthorized');
    const ok = await s.call('POST', '/auth', { body: { namespace: 'system', key: SYSTEM_KEY } });
    assert.equal(ok.status, 200);
    const body = ok.json as { access_token: string; token_type: string; expires_in: number };
    assert.equal(body.token_type, 'Bearer');
    assert.equal(body.expires_in, 60);
    const claims = JSON.parse(Buffer.from(body.access_token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
    assert.deepEqual(claims.sub, ['system', 'admin']);
    assert.equal(claims.type, 'access');
    assert.equal(claims.iss, 'shakenfist');
  });

  it('refuses missing, malformed and forged tokens with 401 and the envelope', async () => {
    envelope(await s.call('GET', '/instances'), 401, 'Missing Authorization Header');
    envelope(await s.call('GET', '/instances', { headers: { authorization: 'Basic abc' } }), 401, /Missing 'Bearer' type/);
    envelope(await s.call('GET', '/instances', { token: 'not.a.jwt' }), 401, 'invalid JWT in Authorization header');
    const [h, p] = admin.split('.');
    envelope(await s.call('GET', '/instances', { token: `${h}.${p}.AAAA` }), 401, 'invalid JWT in Authorization header');
    assert.equal((await s.call('GET', '/instances', { token: admin })).status, 200);
  });

  it('creates a namespace with a key; the new key logs in; non-admin gets 401 on admin routes', async () => {
    envelope(await s.call('POST', '/auth/namespaces', { token: admin, body: {} }), 400, 'no namespace specified');
    const created = await s.call('POST', '/auth/namespaces', { token: admin, body: { namespace: 'tenant1', key_name: 'k1', key: 'secret1' } });
    assert.equal(created.status, 200, created.text);
    assert.deepEqual(created.json, { name: 'tenant1', state: 'created', metadata: {}, version: 5, keys: ['k1'], trust: { full: ['system'] } });
    envelope(await s.call('POST', '/auth/namespaces', { token: admin, body: { namespace: 'tenant1' } }), 403, 'namespace exists');
    envelope(await s.call('POST', '/auth/namespaces', { token: admin, body: { namespace: 'bad', key_name: '_service_key1', key: 'x' } }), 403, 'illegal key name');
    // API.md section 4's order: an existing name is refused before its key is looked at.
    envelope(await s.call('POST', '/auth/namespaces', { token: admin, body: { namespace: 'tenant1', key_name: '_service_key1', key: 42 } }), 403, 'namespace exists');
    envelope(await s.call('POST', '/auth/namespaces', { token: admin, body: { namespace: 'bad', key_name: 'k', key: 42 } }), 400, 'key is not a string');
    envelope(await s.call('GET', '/auth/namespaces/bad', { token: admin }), 404, 'namespace not found');
    const tenant = await s.login('tenant1', 'secret1');
    // Key names as people write them, but only what the client can put in the key's URL unencoded.
    assert.equal((await s.call('POST', '/auth/namespaces/tenant1/keys', { token: admin, body: { key_name: 'ci@build-host', key: 'kci' } })).json, 'ci@build-host');
    assert.ok(await s.login('tenant1', 'kci'));
    for (const bad of ['tab\there', 'ci?2', 'ci#2', 'a%41', 'a/b', '..', 'deploy ']) {
      envelope(await s.call('POST', '/auth/namespaces/tenant1/keys', { token: admin, body: { key_name: bad, key: 'kt' } }), 400, /key_name/);
    }
    envelope(await s.call('POST', '/auth/namespaces/tenant1/keys', { token: admin, body: { key_name: '_Service_key9', key: 'kt' } }), 403, 'illegal key name');
    // Names compare exactly, as Shaken Fist's do: another case is another key, and setting it revokes nothing.
    await s.call('POST', '/auth/namespaces/tenant1/keys', { token: admin, body: { key_name: 'deploy', key: 'k-lower' } });
    const lower = await s.login('tenant1', 'k-lower');
    await s.call('POST', '/auth/namespaces/tenant1/keys', { token: admin, body: { key_name: 'Deploy', key: 'k-upper' } });
    assert.equal((await s.call('GET', '/instances', { token: lower })).status, 200, 'the other key\'s tokens still hold');
    assert.ok(await s.login('tenant1', 'k-upper'));
    const names = (await s.call('GET', '/auth/namespaces/tenant1/keys', { token: admin })).json as string[];
    assert.ok(names.includes('deploy') && names.includes('Deploy'), JSON.stringify(names));
    assert.equal((await s.call('DELETE', '/auth/namespaces/tenant1/keys/ci@build-host', { token: admin })).text, 'null');
    envelope(await s.call('POST', '/auth/namespaces', { token: tenant, body: { namespace: 'x' } }), 401, 'unauthorized');
    envelope(await s.call('GET', '/nodes', { token: tenant }), 401, 'unauthorized');
    envelope(await s.call('DELETE', '/auth/namespaces/tenant1', { token: tenant }), 401, 'unauthorized');
    const visible = (await s.call('GET', '/auth/namespaces', { token: tenant })).json as Array<{ name: string }>;
    assert.deepEqual(visible.map((n) => n.name), ['tenant1']);
    const all = (await s.call('GET', '/auth/namespaces', { token: admin })).json as Array<{ name: string }>;
    assert.deepEqual(all.map((n) => n.name).sort(), ['system', 'tenant1']);
    envelope(await s.call('GET', '/auth/namespaces/system', { token: tenant }), 404, 'namespace not found');
  });

  it('manages keys: add, list, replace (PUT on both paths), delete; deleting or replacing a key revokes its tokens at once', async () => {
    await s.call('POST', '/auth/namespaces', { token: admin, body: { namespace: 'keys1', key_name: 'a', key: 'ka' } });
    const tokenA = await s.login('keys1', 'ka');
    const added = await s.call('POST', '/auth/namespaces/keys1/keys', { token: tokenA, body: { key_name: 'b', key: 'kb' } });
    assert.equal(added.status, 200);
    assert.equal(added.json, 'b');
    assert.deepEqual((await s.call('GET', '/auth/namespaces/keys1/keys', { token: tokenA })).json, ['a', 'b']);
    const tokenB = await s.login('keys1', 'kb');
    assert.equal((await s.call('PUT', '/auth/namespaces/keys1/keys', { token: tokenA, body: { key_name: 'b', key: 'kb2' } })).json, 'b');
    envelope(await s.call('GET', '/instances', { token: tokenB }), 401, 'unauthorized');
    // GET /instances/{uuid} folds the key check into its read: revoked there too, and a live key reads (404 control).
    envelope(await s.call('GET', '/instances/00000000-0000-4000-8000-000000000000', { token: tokenB }), 401, 'unauthorized');
    envelope(await s.call('GET', '/instances/00000000-0000-4000-8000-000000000000', { token: tokenA }), 404, 'instance not found');
    const tokenB2 = await s.login('keys1', 'kb2');
    assert.equal((await s.call('PUT', '/auth/namespaces/keys1/keys/b', { token: tokenA, body: { key: 'kb3' } })).json, 'b');
    envelope(await s.call('GET', '/instances', { token: tokenB2 }), 401, 'unauthorized');
    const del = await s.call('DELETE', '/auth/namespaces/keys1/keys/a', { token: tokenA });
    assert.equal(del.status, 200);
    assert.equal(del.text, 'null');
    envelope(await s.call('GET', '/instances', { token: tokenA }), 401, 'unauthorized');
    envelope(await s.call('DELETE', '/auth/namespaces/keys1/keys/zz', { token: admin }), 404, 'key name not found in namespace');
    envelope(await s.call('POST', '/auth/namespaces/keys1/keys', { token: admin, body: { key: 'x' } }), 400, 'no key name specified');
    envelope(await s.call('POST', '/auth/namespaces/keys1/keys', { token: admin, body: { key_name: 'c' } }), 400, 'no key specified');
  });

  it('caps the keys of a namespace, since POST /auth tries a secret against each, even against new keys sent at once', async () => {
    const full = 'namespace many already has 32 keys, the most it may have';
    const addKey = (i: number) => s.call('POST', '/auth/namespaces/many/keys', { token: admin, body: { key_name: `k${i}`, key: `v${i}` } });
    await s.call('POST', '/auth/namespaces', { token: admin, body: { namespace: 'many', key_name: 'k0', key: 'v0' } });
    for (let i = 1; i < 30; i++) assert.equal((await addKey(i)).status, 200);
    const racing = await Promise.all([30, 31, 32, 33, 34, 35].map(addKey));
    assert.equal(racing.filter((r) => r.status === 200).length, 2, 'two places were left');
    for (const r of racing.filter((reply) => reply.status !== 200)) envelope(r, 400, full);
    assert.equal(((await s.call('GET', '/auth/namespaces/many/keys', { token: admin })).json as string[]).length, 32);
    envelope(await addKey(99), 400, full);
    assert.equal((await s.call('PUT', '/auth/namespaces/many/keys/k1', { token: admin, body: { key: 'v1b' } })).status, 200, 'replacing one is still allowed');
    assert.ok(await s.login('many', 'v1b'));
  });

  it('trust lets another namespace see it; removing system trust is a silent no-op', async () => {
    await s.call('POST', '/auth/namespaces', { token: admin, body: { namespace: 'owner', key_name: 'k', key: 'ko' } });
    await s.call('POST', '/auth/namespaces', { token: admin, body: { namespace: 'friend', key_name: 'k', key: 'kf' } });
    const owner = await s.login('owner', 'ko');
    const friend = await s.login('friend', 'kf');
    envelope(await s.call('GET', '/auth/namespaces/owner', { token: friend }), 404, 'namespace not found');
    envelope(await s.call('POST', '/auth/namespaces/owner/trust', { token: owner, body: {} }), 400, 'no external namespace specified');
    const trusted = await s.call('POST', '/auth/namespaces/owner/trust', { token: owner, body: { external_namespace: 'friend' } });
    assert.deepEqual((trusted.json as { trust: unknown }).trust, { full: ['friend', 'system'] });
    assert.equal((await s.call('GET', '/auth/namespaces/owner', { token: friend })).status, 200);
    const removed = await s.call('DELETE', '/auth/namespaces/owner/trust/system', { token: owner });
    assert.deepEqual((removed.json as { trust: unknown }).trust, { full: ['friend', 'system'] });
    await s.call('DELETE', '/auth/namespaces/owner/trust/friend', { token: owner });
    envelope(await s.call('GET', '/auth/namespaces/owner', { token: friend }), 404);
  });

  it('deletes a namespace (not system), which revokes its tokens', async () => {
    envelope(await s.call('DELETE', '/auth/namespaces/system', { token: admin }), 403, 'you cannot delete the system namespace');
    // MariaDB compares names without case or trailing spaces; the API does not, so no variant reaches system.
    for (const variant of ['SYSTEM', 'System', 'system%20']) envelope(await s.call('DELETE', `/auth/namespaces/${variant}`, { token: admin }), 404, 'namespace not found');
    envelope(await s.call('POST', '/auth', { body: { namespace: 'SYSTEM', key: SYSTEM_KEY } }), 404, 'namespace not found');
    assert.ok(await s.login('system', SYSTEM_KEY), 'system is untouched');
    await s.call('POST', '/auth/namespaces', { token: admin, body: { namespace: 'gone', key_name: 'k', key: 'kg' } });
    const gone = await s.login('gone', 'kg');
    // A keyed POST of the tenant's: its stored reply goes with the namespace's purge (below).
    const keyed = { token: gone, body: { key_name: 'k2', key: 'kg2' }, headers: { 'idempotency-key': 'add-k2' } };
    assert.equal((await s.call('POST', '/auth/namespaces/gone/keys', keyed)).status, 200);
    // Held by what it holds (an instance in error would not count, API.md section 4), nothing changed.
    const net = (await s.call('POST', '/networks', { token: gone, body: { netblock: '10.70.0.0/24' } })).json as { uuid: string; name: string | null };
    assert.equal(net.name, null, 'a network may have no name (API.md section 6.1)');
    envelope(await s.call('DELETE', '/auth/namespaces/gone', { token: admin }), 400, 'you cannot delete a namespace with networks');
    const vm = await s.tier.client.instances.create({ namespace: 'gone', name: 'vm', cpus: 1, memory_mib: 64 });
    envelope(await s.call('DELETE', '/auth/namespaces/gone', { token: admin }), 400, 'you cannot delete a namespace with instances');
    assert.equal((await s.call('GET', '/instances', { token: gone })).status, 200, 'a refused delete keeps the keys');
    await s.tier.client.instances.failCreate(vm.uuid, { errorMessage: 'failed for the test' });
    assert.equal((await s.call('DELETE', `/networks/${net.uuid}`, { token: gone })).status, 200);
    const r = await s.call('DELETE', '/auth/namespaces/gone', { token: admin });
    assert.equal(r.status, 200);
    assert.equal(r.text, 'null');
    envelope(await s.call('GET', '/instances', { token: gone }), 401);
    envelope(await s.call('POST', '/auth', { body: { namespace: 'gone', key: 'kg' } }), 404, 'namespace not found');
    assert.equal(((await s.call('GET', '/auth/namespaces/gone', { token: admin })).json as { state: string }).state, 'deleted');
    envelope(await s.call('POST', '/auth/namespaces', { token: admin, body: { namespace: 'gone' } }), 403, 'namespace exists');
    // Purged (by sf-cluster after CLEANER_DELAY, once its objects are), the name is free again.
    await s.tier.client.instances.transition(vm.uuid, 'deleted');
    await s.tier.client.instances.purge(vm.uuid);
    await s.tier.client.allocations.releaseOwner({ type: 'network', uuid: net.uuid });
    await s.tier.client.networks.update({ uuid: net.uuid, vxid: 0 });
    // The network worker's part: its queued create and teardown done.
    for (const op of await s.tier.client.operations.claim('nw-test', { roles: ['network'], limit: 100 })) await s.tier.client.operations.complete(op.uuid, 'nw-test');
    await s.tier.client.networks.purge(net.uuid);
    await s.tier.client.namespaces.purge('gone');
    envelope(await s.call('GET', '/auth/namespaces/gone', { token: admin }), 404);
    assert.equal((await s.call('POST', '/auth/namespaces', { token: admin, body: { namespace: 'gone', key_name: 'k', key: 'kg' } })).status, 200);
    // The tenant made again under the name starts clean: its keyed POST is applied, not answered from the old one.
    const again = await s.call('POST', '/auth/namespaces/gone/keys', { ...keyed, token: await s.login('gone', 'kg') });
    assert.equal(again.headers['idempotent-replayed'], undefined);
    assert.ok(await s.login('gone', 'kg2'));
  });

  it('an expired token is refused with "Signature has expired"', async () => {
    const short = await startStack({ tier: s.tier, tokenDuration: 60 });
    try {
      // Expiry counts in whole seconds from a whole-second iat: 3 s leaves at least 2 for the first GET.
      short.deps.tokens.duration = 3;
      const token = await short.login('system', SYSTEM_KEY);
      assert.equal((await short.call('GET', '/instances', { token })).status, 200);
      await sleep(4100);
      envelope(await short.call('GET', '/instances', { token }), 401, 'Signature has expired');
    } finally {
      await short.stop();
    }
  });

  it('answers unknown paths 404 and known paths with another method 405, both in the envelope', async () => {
    envelope(await s.call('GET', '/no/such/thing', { token: admin }), 404);
    envelope(await s.call('PATCH', '/instances', { token: admin }), 405);
  });
});
