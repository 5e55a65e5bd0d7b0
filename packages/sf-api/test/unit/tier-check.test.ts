import assert from 'node:assert/strict';
import { API_REVISION } from '@sf/database-client';
import { Readiness } from '../../src/internal/readiness.js';
import { checkTier } from '../../src/internal/tier-check.js';

describe('the readiness check of the database tier', () => {
  const tier = (...health: Array<{ address: string; status: string; revision?: number }>) => ({ health: async () => health });

  it('passes while some sf-database serves, and warns of each one that speaks an older API revision', async () => {
    const result = await checkTier(tier(
      { address: 'a:13005', status: 'SERVING', revision: API_REVISION },
      { address: 'b:13005', status: 'SERVING', revision: API_REVISION - 1 },
      { address: 'c:13005', status: 'SERVING', revision: 0 },
      { address: 'd:13005', status: 'error: connection refused' },
    ), 100);
    assert.equal(result.passed, true);
    assert.equal(result.warnings.length, 2);
    assert.match(result.warnings[0] ?? '', new RegExp(`b:13005 speaks API revision ${API_REVISION - 1}, older than this sf-api's ${API_REVISION}.*upgrade sf-database first`));
    assert.match(result.warnings[1] ?? '', /c:13005 speaks API revision 0/);
  });

  it('fails when none serves; an older one alone still serves reads, so it passes with a warning', async () => {
    assert.deepEqual(await checkTier(tier({ address: 'a:13005', status: 'NOT_SERVING', revision: API_REVISION }), 100), { passed: false, warnings: [] });
    const old = await checkTier(tier({ address: 'a:13005', status: 'SERVING', revision: 1 }), 100);
    assert.equal(old.passed, true);
    assert.equal(old.warnings.length, 1);
  });

  it('the warnings of the last check are in the readiness state that /healthz shows', async () => {
    const readiness = new Readiness((t) => checkTier(tier({ address: 'a:13005', status: 'SERVING', revision: 1 }), t));
    await readiness.runCheck();
    assert.equal(readiness.state().ready, true);
    assert.match(readiness.state().warnings[0] ?? '', /a:13005 speaks API revision 1/);
  });
});
