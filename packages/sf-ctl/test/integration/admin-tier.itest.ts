import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { API_REVISION } from '@sf/database-client';
import { freePort } from '@sf/tools/ports';
import { startTier, type Tier } from '@sf/tools/tier';

const sfCtl = fileURLToPath(new URL('../../../bin/run.js', import.meta.url));

describe('sf-ctl admin tier (real sf-database process)', function () {
  this.timeout(60000);
  let tier: Tier;

  before(async () => {
    tier = await startTier(1);
  });
  after(async () => {
    await tier?.stop();
  });

  const run = (hosts: string[], ...args: string[]) =>
    execa('node', [sfCtl, 'admin', 'tier', ...args], { env: { ...tier.env, SHAKENFIST_MARIADB_GATEWAY_HOSTS: hosts.join(',') }, reject: false });

  it('reports a serving tier at this build\'s revision as ready, and exits 0', async () => {
    const result = await run(tier.addresses, '--json');
    assert.equal(result.exitCode, 0, result.stderr);
    const report = JSON.parse(result.stdout) as { needs_revision: number; instances: Array<{ address: string; status: string; revision: number; ready: boolean }> };
    assert.deepEqual(report, { needs_revision: API_REVISION, instances: [{ address: tier.addresses[0], status: 'SERVING', revision: API_REVISION, ready: true }] });
  });

  it('exits 1 when an instance does not answer, and says which, as a table', async () => {
    const gone = `127.0.0.1:${await freePort()}`;
    const result = await run([...tier.addresses, gone]);
    assert.equal(result.exitCode, 1);
    const rows = result.stdout.trim().split('\n');
    assert.equal(rows[0], `address\tstatus\trevision\tready (needs ${API_REVISION})`);
    assert.equal(rows[1], `${tier.addresses[0] ?? ''}\tSERVING\t${API_REVISION}\tyes`);
    assert.match(rows[2] ?? '', new RegExp(`^${gone}\\terror: .*\\t-\\tno$`));
  });

  it('exits 2, in one line, on a configuration it cannot use, so a script waiting for the tier stops', async () => {
    const result = await execa('node', [sfCtl, 'admin', 'tier'], { env: { ...tier.env, SHAKENFIST_MARIADB_GATEWAY_PORT: 'x' }, reject: false });
    assert.equal(result.exitCode, 2, result.stderr);
    assert.match(result.stderr, /^sf-ctl: invalid configuration:.*port/s);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack');
  });
});
