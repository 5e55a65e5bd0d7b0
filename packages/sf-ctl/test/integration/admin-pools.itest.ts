import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { freePort } from '@sf/tools/ports';
import { startTier, type Tier } from '@sf/tools/tier';

const sfCtl = fileURLToPath(new URL('../../../bin/run.js', import.meta.url));

describe('sf-ctl admin pools (real sf-database process)', function () {
  this.timeout(60000);
  let tier: Tier;

  before(async () => {
    tier = await startTier(1);
    await tier.client.allocations.allocate({ pool: 'vxlan', owner: { type: 'network', uuid: randomUUID() }, purpose: 'vni', ttl_seconds: 0 });
    await tier.client.allocations.allocate({ pool: 'console_port:node-a', owner: { type: 'instance', uuid: randomUUID() }, purpose: 'console', ttl_seconds: 30 });
    await tier.client.nodes.register({ name: 'node-b', fqdn: 'node-b', mesh_ip: '127.0.0.1', cpus: 1, memory_mib: 512, disk_gib: 10 });
  });
  after(async () => {
    await tier?.stop();
  });

  const run = (...args: string[]) =>
    execa('node', [sfCtl, 'admin', 'pools', ...args], { env: { ...tier.env, SHAKENFIST_MARIADB_GATEWAY_HOSTS: tier.addresses.join(',') }, reject: false });

  it('lists every pool with its size and use, those nothing is taken from too', async () => {
    const result = await run('--json');
    assert.equal(result.exitCode, 0, result.stderr);
    const pools = JSON.parse(result.stdout) as Array<{ pool: string; size: number; used: number; leased: number }>;
    assert.deepEqual(pools.map((p) => [p.pool, p.size, p.used, p.leased]), [
      ['console_port:node-a', 20001, 1, 1],
      ['console_port:node-b', 20001, 0, 0],
      ['mac', 16777216, 0, 0],
      ['vsock_cid:node-b', 4294967292, 0, 0],
      ['vxlan', 16777215, 1, 0],
    ]);
  });

  it('exits with the error class code, in one line, when the tier cannot be reached', async () => {
    const result = await execa('node', [sfCtl, 'admin', 'pools'], { env: { ...tier.env, SHAKENFIST_MARIADB_GATEWAY_HOSTS: `127.0.0.1:${await freePort()}`, SHAKENFIST_MARIADB_GATEWAY_DEADLINE_MS: '500' }, reject: false });
    assert.equal(result.exitCode, 7, result.stderr);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^sf-ctl: .*\n?$/, 'one line, no stack');
  });

  it('filters by prefix, as a table', async () => {
    const result = await run('--prefix', 'vx');
    assert.equal(result.exitCode, 0, result.stderr);
    assert.deepEqual(result.stdout.trim().split('\n'), ['pool\tsize\tused\tleased\texpired', 'vxlan\t16777215\t1\t0\t0']);
  });
});
