import assert from 'node:assert/strict';
import type { RouteOptions } from 'fastify';
import { malformed, prng, type FieldSchemas } from '../helpers/fuzz.js';
import { ok } from '../helpers/assert-envelope.js';
import { addNode, startStack, SYSTEM_KEY, type Stack } from '../helpers/stack.js';
import { NOT_IMPLEMENTED } from '../../src/routes/not-implemented.js';

const BODIES_PER_ROUTE = 200;
const WORKERS = 8;

type View = { uuid: string };

/** Everything a malformed request could have created, counted through the tier. */
async function census(s: Stack): Promise<Record<string, number>> {
  const db = s.tier.client;
  const [instances, networks, nics, namespaces] = await Promise.all([
    db.instances.list({ page: { page_size: 1000, page_token: '' } }),
    db.networks.list({ page: { page_size: 1000, page_token: '' } }),
    db.networkInterfaces.list({ page: { page_size: 1000, page_token: '' } }),
    db.namespaces.list({ page: { page_size: 1000, page_token: '' } }),
  ]);
  const keys = await Promise.all(namespaces.namespaces.map((n) => db.namespaces.listKeys(n.name)));
  return {
    instances: instances.instances.length, networks: networks.networks.length, interfaces: nics.network_interfaces.length,
    namespaces: namespaces.namespaces.length, keys: keys.reduce((n, k) => n + k.length, 0),
  };
}

function bodyFields(route: RouteOptions): FieldSchemas {
  const body = (route.schema as { body?: { properties?: FieldSchemas } } | undefined)?.body;
  return body?.properties ?? {};
}

describe('fuzz: 200 malformed bodies on every route (real HTTP, real tier)', function () {
  this.timeout(240000);
  let s: Stack;
  let token: string;
  const refs: Record<string, string> = {};

  before(async () => {
    s = await startStack();
    token = await s.login('system', SYSTEM_KEY);
    await addNode(s.tier, 'hv1');
    ok(await s.call('POST', '/auth/namespaces', { token, body: { namespace: 'fz', key_name: 'k', key: 'fz-key' } }));
    const net = ok<View>(await s.call('POST', '/networks', { token, body: { netblock: '10.60.0.0/24', name: 'fznet' } }));
    await s.tier.client.networks.transition(net.uuid, 'created');
    const inst = ok<View & { interfaces: View[] }>(await s.call('POST', '/instances', { token, body: { name: 'fzi', cpus: 1, memory: 512, disk: [{ size: 1 }], network: [{ network_uuid: net.uuid }] } }));
    Object.assign(refs, { instance: inst.uuid, network: net.uuid, interface: inst.interfaces[0]?.uuid ?? '' });
  });
  after(async () => {
    await s?.stop();
  });

  /** Real objects in the path, so handlers get past the lookup and see the body. */
  function pathOf(url: string): string {
    return url
      .replace(/^\/instances\/:ref/, `/instances/${refs.instance}`)
      .replace(/^\/networks\/:ref/, `/networks/${refs.network}`)
      .replace(/^\/interfaces\/:uuid/, `/interfaces/${refs.interface}`)
      .replace(':name', 'hv1').replace(':ns', 'fz').replace(':key_name', 'k').replace(':external', 'system').replace(':key', 'mk')
      .replace(/:[a-z_]+/g, 'x');
  }

  const BASES: Record<string, Record<string, unknown>> = {
    'POST /instances': { name: 'fuzzed', cpus: 1, memory: 512, disk: [{ size: 1, base: null, bus: null, type: null }], network: null, namespace: null, metadata: null },
    'POST /networks': { netblock: '10.61.0.0/24', name: 'fuzzed', provide_nat: true },
    'POST /auth/namespaces': { namespace: 'fuzzed', key_name: 'k', key: 'secret' },
    'POST /auth/namespaces/:ns/keys': { key_name: 'fuzzed', key: 'secret' },
    'PUT /auth/namespaces/:ns/keys': { key_name: 'fuzzed', key: 'secret' },
    'PUT /auth/namespaces/:ns/keys/:key_name': { key: 'secret' },
    'POST /auth/namespaces/:ns/trust': { external_namespace: 'system' },
    'POST /auth': { namespace: 'system', key: 'wrong' },
    'DELETE /instances': { confirm: true, namespace: 'nobody' },
  };

  it('never answers 5xx (501 only where the capability is not built) and never creates an object', async () => {
    const before = await census(s);
    const later = new Set(NOT_IMPLEMENTED.map(([m, u]) => `${m} ${u}`));
    const jobs: Array<{ route: RouteOptions; i: number }> = [];
    assert.ok(s.routes.length > 40, `every route is fuzzed (found ${s.routes.length})`);
    for (const route of s.routes) for (let i = 0; i < BODIES_PER_ROUTE; i += 1) jobs.push({ route, i });
    const failures: string[] = [];
    const counts = new Map<string, number>();
    let next = 0;
    await Promise.all(Array.from({ length: WORKERS }, async () => {
      while (next < jobs.length) {
        const { route, i } = jobs[next++] as { route: RouteOptions; i: number };
        const name = `${String(route.method)} ${route.url}`;
        const base = BASES[name] ?? (/\/metadata$/.test(route.url) && route.method === 'POST' ? { key: 'k', value: 'v' } : /\/metadata\/:key$/.test(route.url) && route.method === 'PUT' ? { value: 'v' } : {});
        const r = prng(i * 7919 + name.length);
        const body = malformed(i, r, base, bodyFields(route));
        const reply = await s.call(String(route.method), pathOf(route.url), { token, raw: body.payload, headers: { 'content-type': body.contentType ?? 'application/json' } });
        counts.set(name, (counts.get(name) ?? 0) + 1);
        const allowed = reply.status < 500 || (reply.status === 501 && later.has(name));
        if (BASES[name] !== undefined && reply.status === 200) failures.push(`${name} [${body.kind} #${i}] was accepted: ${body.payload.toString('utf8').slice(0, 200)}`);
        if (!allowed) failures.push(`${name} [${body.kind} #${i}]: ${reply.status} ${reply.text.slice(0, 200)}`);
      }
    }));
    const kinds = new Map<string, number>();
    for (const f of failures) kinds.set(f.replace(/ #\d+\].*/s, ']'), (kinds.get(f.replace(/ #\d+\].*/s, ']')) ?? 0) + 1);
    assert.deepEqual([...kinds.entries()].slice(0, 20), [], `${failures.length} bad replies, first: ${failures[0]?.slice(0, 300)}`);
    for (const route of s.routes) assert.ok((counts.get(`${String(route.method)} ${route.url}`) ?? 0) >= BODIES_PER_ROUTE);
    assert.deepEqual(await census(s), before, 'a malformed body created something');
  });
});
