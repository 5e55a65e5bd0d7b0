import assert from 'node:assert/strict';
import { NotFoundError, ValidationError } from '@sf/common';
import type { DatabaseClient } from '@sf/database-client';
import { serveTestDatabase } from '../support/served-database.js';
import { clientFor, startTier, type TierProcess } from '../support/tier-process.js';

const CAP = 32;

/**
 * The cap on a namespace's keys (POST /auth tries a secret against each) is
 * counted by the tier under the namespace's row lock: sets racing for its
 * last places, through two tier processes, cannot add more than it allows.
 */
describe('sf-database namespace key cap (real processes, real MariaDB)', function () {
  this.timeout(60_000);
  let second: TierProcess | undefined;
  let client: DatabaseClient | undefined;
  // Registered before the suite's own hooks, so it runs before their after() drops the database.
  after(async () => {
    client?.close();
    await second?.stop();
  });
  const served = serveTestDatabase(async () => undefined);
  before(async () => {
    second = await startTier(served.db.config);
    client = clientFor([served.tier, second]);
  });
  const tier = (): DatabaseClient => client as DatabaseClient;

  const tooMany = (namespace: string) => (err: unknown) =>
    err instanceof ValidationError &&
    err.code === 'SF_ERR_VALIDATION_TOO_MANY_KEYS' &&
    err.message === `namespace ${namespace} already has ${CAP} keys, the most it may have` &&
    (err.details as { max_keys?: unknown } | undefined)?.max_keys === CAP;

  async function namespaceWithKeys(namespace: string, count: number): Promise<void> {
    await tier().namespaces.create(namespace);
    for (let i = 0; i < count; i++) await tier().namespaces.setKeyCapped(namespace, `k${i}`, `scrypt$${i}`, CAP);
  }

  const names = async (namespace: string): Promise<string[]> => (await tier().namespaces.listKeys(namespace)).map((k) => k.key_name);

  it('lets exactly enough of many new keys set at once land to reach the cap, and refuses the rest', async () => {
    await namespaceWithKeys('cap-race', CAP - 3);
    const racers = Array.from({ length: 24 }, (_, i) => `new${i}`);
    const outcomes = await Promise.allSettled(racers.map((name) => tier().namespaces.setKeyCapped('cap-race', name, `scrypt$${name}`, CAP)));
    const landed = racers.filter((_, i) => outcomes[i]?.status === 'fulfilled');
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
    assert.equal(landed.length, 3, `landed: ${landed.join(', ')}`);
    assert.equal(refused.length, racers.length - 3);
    for (const err of refused) assert.ok(tooMany('cap-race')(err), String(err));
    const held = await names('cap-race');
    assert.equal(held.length, CAP);
    for (const name of landed) assert.ok(held.includes(name), name);
  });

  it('replaces a key at the cap, while new names racing with the replacements are refused', async () => {
    await namespaceWithKeys('cap-full', CAP);
    const before = await tier().namespaces.getKey('cap-full', 'k7');
    const replaced = await tier().namespaces.setKeyCapped('cap-full', 'k7', 'scrypt$again', CAP);
    assert.equal(replaced.key_hash, 'scrypt$again');
    assert.notEqual(replaced.nonce, before.nonce, 'a replaced key revokes the old one\'s tokens');

    const replacements = Array.from({ length: 8 }, (_, i) => tier().namespaces.setKeyCapped('cap-full', `k${i}`, `scrypt$r${i}`, CAP));
    const newcomers = Array.from({ length: 8 }, (_, i) => tier().namespaces.setKeyCapped('cap-full', `late${i}`, 'scrypt$late', CAP).then(
      () => 'landed',
      (err: unknown) => (tooMany('cap-full')(err) ? 'refused' : String(err)),
    ));
    assert.deepEqual((await Promise.all(replacements)).map((k) => k.key_hash), Array.from({ length: 8 }, (_, i) => `scrypt$r${i}`));
    assert.deepEqual(await Promise.all(newcomers), Array(8).fill('refused'));
    assert.equal((await names('cap-full')).length, CAP);
  });

  it('counts key names exactly, refuses a capped key where the namespace is gone, and sets no cap without one', async () => {
    await namespaceWithKeys('cap-case', CAP);
    await assert.rejects(tier().namespaces.setKeyCapped('cap-case', 'K0', 'scrypt$upper', CAP), tooMany('cap-case'), 'another case is another key');
    await tier().namespaces.create('cap-gone');
    await tier().namespaces.retire('cap-gone');
    await assert.rejects(tier().namespaces.setKeyCapped('cap-gone', 'k', 'scrypt$x', CAP), (err: unknown) => err instanceof NotFoundError && err.code === 'SF_ERR_NOT_FOUND_NAMESPACE');
    await assert.rejects(tier().namespaces.setKeyCapped('cap-none', 'k', 'scrypt$x', CAP), NotFoundError);
    // sf-api's bootstrap of the system namespace's key sets none.
    await tier().namespaces.setKey('cap-case', 'uncapped', 'scrypt$u');
    assert.equal((await names('cap-case')).length, CAP + 1);
  });
});
