import assert from 'node:assert/strict';
import { startTier, type Tier } from '@sf/tools/tier';
import { envelope, ok } from '../helpers/assert-envelope.js';
import { addNode, startStack, SYSTEM_KEY, type Stack } from '../helpers/stack.js';
import { loggedTier, type LoggedTier, type LogLine } from '../helpers/tier-log.js';

type View = { uuid: string; state: string };

const carrying = (id: string) => (line: LogLine) => line.request_id === id;
const methods = (lines: LogLine[]): string[] => [...new Set(lines.map((l) => String(l.rpc_method)))].sort();

describe('sf-api carries its request id to sf-database on writes (real HTTP, a real tier whose log is read)', function () {
  this.timeout(120000);
  let base: Tier;
  let logged: LoggedTier;
  let s: Stack;
  let admin: string;
  let t1: string;
  let net: View;

  before(async () => {
    base = await startTier(1);
    logged = await loggedTier(base);
    s = await startStack({ tier: logged.tier });
    admin = await s.login('system', SYSTEM_KEY);
    ok(await s.call('POST', '/auth/namespaces', { token: admin, body: { namespace: 't1', key_name: 'k', key: 'key-t1' } }));
    t1 = await s.login('t1', 'key-t1');
    await addNode(logged.tier, 'hv1');
    // Each case's own network would do as well; this one is for the cases that only need one to exist.
    net = ok<View>(await s.call('POST', '/networks', { token: t1, body: { netblock: '10.6.0.0/24', name: 'shared' } }));
    await logged.tier.client.networks.transition(net.uuid, 'created');
  });
  after(async () => {
    await s?.stop();
    await logged?.stop();
    await base?.stop();
  });

  it('POST /networks: the create, the VNI kept, the queued work and the stored keyed reply carry the id; the coalesced allocation does not', async () => {
    const r = await s.call('POST', '/networks', { token: t1, body: { netblock: '10.5.0.0/24', name: 'n1' }, headers: { 'x-request-id': 'itest-network-create', 'idempotency-key': 'n1' } });
    ok<View>(r);
    assert.equal(r.headers['x-request-id'], 'itest-network-create');
    await logged.waitFor((l) => carrying('itest-network-create')(l) && l.rpc_method === 'PutApiRequest');
    assert.deepEqual(methods(logged.lines().filter(carrying('itest-network-create'))), ['CreateNetwork', 'EnqueueOperation', 'PutApiRequest', 'Renew']);
  });

  it('a metadata PUT carries the id to SetMetadata', async () => {
    ok(await s.call('PUT', `/networks/${net.uuid}/metadata/role`, { token: t1, body: { value: 'web' }, headers: { 'x-request-id': 'itest-metadata-put' } }));
    assert.deepEqual(methods(await logged.waitFor(carrying('itest-metadata-put'))), ['SetMetadata']);
  });

  it('DELETE /instances/x: the transition and the queued teardown carry the id; the batched reads of the instance do not', async () => {
    const disk = [{ size: 8, base: 'debian:12', bus: null, type: 'disk' }];
    const inst = ok<View>(await s.call('POST', '/instances', { token: t1, body: { name: 'vm1', cpus: 1, memory: 1024, disk, network: [{ network_uuid: net.uuid }] } }));
    const since = logged.lines().length;
    ok(await s.call('DELETE', `/instances/${inst.uuid}`, { token: t1, headers: { 'x-request-id': 'itest-instance-delete' } }));
    await logged.waitFor((l) => carrying('itest-instance-delete')(l) && l.rpc_method === 'EnqueueOperation');
    assert.deepEqual(methods(logged.lines().filter(carrying('itest-instance-delete'))), ['EnqueueOperation', 'TransitionInstanceState']);
    const instanceReads = logged.lines().slice(since).filter((l) => l.rpc_method === 'GetInstance' || l.rpc_method === 'GetInstanceViews');
    assert.ok(instanceReads.length > 0, 'the DELETE read the instance through the tier');
  });

  it('a refused write is logged by sf-database with the id the HTTP reply reports', async () => {
    // t1 holds its shared network: the tier refuses to retire it. The id is sf-api's own, none was sent.
    const r = await s.call('DELETE', '/auth/namespaces/t1', { token: admin });
    envelope(r, 400, /^you cannot delete a namespace with /);
    const id = (r.json as { request_id: string }).request_id;
    assert.equal(r.headers['x-request-id'], id);
    const [refused] = await logged.waitFor((l) => carrying(id)(l) && l.rpc_method === 'RetireNamespace');
    assert.equal(refused?.msg, 'rpc refused');
    assert.equal(refused?.code, 'SF_ERR_INVALID_STATE_HELD');
  });
});
