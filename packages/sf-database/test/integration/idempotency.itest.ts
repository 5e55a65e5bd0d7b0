import assert from 'node:assert/strict';
import { NotFoundError, ValidationError } from '@sf/common';
import { PoolSql, type Sql } from '../../src/internal/sql.js';
import { once, pruneIdempotencyKeys, type KeyedCall } from '../../src/server/idempotency.js';
import { serveTestDatabase } from '../support/served-database.js';
import { createMigratedTestDatabase, type TestDatabase } from '../support/test-database.js';

/** A keyed call of method M whose request hashed to fingerprint. */
function call(key: string, fingerprint = 'f', method = 'M'): KeyedCall {
  return { key, method, fingerprint };
}

const usedForAnotherRequest = (err: unknown): boolean => err instanceof ValidationError && err.code === 'SF_ERR_VALIDATION_IDEMPOTENCY_KEY';

describe('idempotency keys (real MariaDB)', function () {
  this.timeout(30_000);
  let db: TestDatabase;
  let sql: PoolSql;

  before(async () => {
    db = await createMigratedTestDatabase();
    sql = PoolSql.create(db.config);
  });

  after(async () => {
    await sql?.end();
    await db?.drop();
  });

  it('runs the work once per key, returns the stored reply to a replay, and forgets a failed attempt', async () => {
    let runs = 0;
    const work = async () => {
      runs += 1;
      return { n: runs };
    };
    assert.deepEqual(await once(sql, call('k1'), work), { n: 1 });
    assert.deepEqual(await once(sql, call('k1'), work), { n: 1 });
    assert.equal(runs, 1);
    await assert.rejects(once(sql, call('k1', 'f', 'Other'), work), ValidationError, 'a key belongs to one method');
    await assert.rejects(
      once(sql, call('k2'), () => Promise.reject(new ValidationError('no'))),
      ValidationError,
    );
    assert.deepEqual(await once(sql, call('k2'), work), { n: 2 }, 'the failed attempt left no key');
  });

  it('replays the first reply to the same request, and refuses another request under the key without running it', async () => {
    let runs = 0;
    const work = async (tx: Sql) => {
      runs += 1;
      await tx.exec('INSERT INTO namespaces (name, state) VALUES (?, ?)', [`body-${runs}`, 'created']);
      return { n: runs };
    };
    assert.deepEqual(await once(sql, call('body', 'a'), work), { n: 1 });
    assert.deepEqual(await once(sql, call('body', 'a'), work), { n: 1 }, 'the same request: replayed');
    await assert.rejects(once(sql, call('body', 'b'), work), usedForAnotherRequest, 'another request: refused');
    assert.equal(runs, 1);
    const made = await sql.rows<{ name: string }>("SELECT name FROM namespaces WHERE name LIKE 'body-%'");
    assert.deepEqual(made.map((r) => r.name), ['body-1']);
  });

  it('refuses another request racing the first under its key, once the first commits', async () => {
    let runs = 0;
    const work = async () => {
      runs += 1;
      return {};
    };
    const settled = await Promise.allSettled([once(sql, call('race-body', 'a'), work), once(sql, call('race-body', 'b'), work)]);
    assert.equal(runs, 1);
    const refused = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
    assert.equal(refused.length, 1, 'the one that came second is refused');
    assert.ok(usedForAnotherRequest(refused[0]), String(refused[0]));
  });

  it('replays a reply stored without a request hash (by a build from before it), whatever the request', async () => {
    await sql.exec(`INSERT INTO rpc_requests (request_key, method, response) VALUES ('legacy', 'M', '{"n":7}')`);
    const work = () => Promise.reject(new Error('a replay runs nothing'));
    assert.deepEqual(await once(sql, call('legacy', 'a'), work), { n: 7 });
    assert.deepEqual(await once(sql, call('legacy', 'b'), work), { n: 7 });
    await assert.rejects(once(sql, call('legacy', 'a', 'Other'), work), ValidationError, 'the method check stays');
  });

  it('what waits for the commit runs after the outermost one, inside a keyed call too, and never for a rolled-back run', async () => {
    const seen: string[] = [];
    await once(sql, call('k-after'), async (tx) => {
      await tx.transaction(async (inner) => {
        inner.afterCommit(() => seen.push('released'));
      });
      await tx.exec('SELECT 1');
      seen.push('work done');
      return {};
    });
    assert.deepEqual(seen, ['work done', 'released'], 'a nested transaction waits for the keyed call to commit');
    await assert.rejects(sql.transaction(async (tx) => {
      tx.afterCommit(() => seen.push('rolled back'));
      throw new ValidationError('no');
    }), ValidationError);
    assert.deepEqual(seen, ['work done', 'released']);
    sql.afterCommit(() => seen.push('no transaction'));
    assert.deepEqual(seen.at(-1), 'no transaction', 'outside a transaction it runs at once');
  });

  it('concurrent replays of one key apply it once', async () => {
    let runs = 0;
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        once(sql, call('race'), async (tx) => {
          runs += 1;
          await tx.exec('INSERT INTO namespaces (name, state) VALUES (?, ?)', [`race-${runs}`, 'created']);
          return { runs };
        }),
      ),
    );
    assert.equal(runs, 1);
    for (const r of results) assert.deepEqual(r, { runs: 1 });
  });

  it('prunes keys older than an hour only', async () => {
    // Its own keys, and only those checked: which of the other cases' keys exist depends on which cases ran before.
    await once(sql, call('prune-new'), () => Promise.resolve({}));
    await sql.exec(
      "INSERT INTO rpc_requests (request_key, method, response, created) VALUES ('prune-old', 'M', '{}', NOW(6) - INTERVAL 2 HOUR), ('prune-recent', 'M', '{}', NOW(6) - INTERVAL 50 MINUTE)",
    );
    assert.deepEqual(await pruneIdempotencyKeys(sql), { deleted: 1, more: false });
    const left = await sql.rows<{ request_key: string }>("SELECT request_key FROM rpc_requests WHERE request_key LIKE 'prune-%' ORDER BY request_key");
    assert.deepEqual(left.map((r) => r.request_key), ['prune-new', 'prune-recent']);
  });

  it('gives up a prune held up by a row lock after its timeout, not innodb_lock_wait_timeout', async () => {
    await sql.exec("INSERT INTO rpc_requests (request_key, method, response, created) VALUES ('prune-locked', 'M', '{}', NOW(6) - INTERVAL 2 HOUR)");
    const holder = PoolSql.create(db.config);
    try {
      await holder.transaction(async (tx) => {
        await tx.rows("SELECT request_key FROM rpc_requests WHERE request_key = 'prune-locked' FOR UPDATE");
        const started = Date.now();
        await assert.rejects(pruneIdempotencyKeys(sql, 1));
        const waited = Date.now() - started;
        // The lock wait alone would be 50 s by default: anything near the timeout shows the statement was cut.
        assert.ok(waited < 10_000, `the prune waited ${waited} ms`);
      });
    } finally {
      await holder.end();
    }
    assert.deepEqual(await pruneIdempotencyKeys(sql), { deleted: 1, more: false }, 'the next prune, with the lock gone, deletes it');
  });
});

describe('idempotency keys through a tier process (real MariaDB)', function () {
  this.timeout(60_000);
  const served = serveTestDatabase(async (client) => {
    await client.namespaces.create('idem');
  });
  const hashOf = async (key: string): Promise<string | null | undefined> =>
    (await served.sql.rows<{ request_hash: string | null }>('SELECT request_hash FROM rpc_requests WHERE request_key = ?', [key]))[0]?.request_hash;

  it('replays the first reply to a call sent again with the same key and request, applying it once', async () => {
    const options = { idempotencyKey: 'tier-same' };
    const first = await served.client.namespaces.setKey('idem', 'k1', 'hash-1', options);
    assert.deepEqual(await served.client.namespaces.setKey('idem', 'k1', 'hash-1', options), first);
    assert.equal((await served.client.namespaces.getKey('idem', 'k1')).nonce, first.nonce, 'applied once: setting a key again gives it a new nonce');
    assert.match((await hashOf('tier-same')) ?? '', /^[0-9a-f]{64}$/);
    const again = await served.client.namespaces.setKey('idem', 'k1', 'hash-1', { idempotencyKey: 'tier-same-control' });
    assert.notEqual(again.nonce, first.nonce, 'control: under another key the call is applied again');
  });

  it('refuses a call sent with a used key and another request, applying nothing', async () => {
    const options = { idempotencyKey: 'tier-other' };
    await served.client.namespaces.create('idem-a', {}, options);
    await assert.rejects(served.client.namespaces.create('idem-b', {}, options), usedForAnotherRequest);
    await assert.rejects(served.client.namespaces.get('idem-b'), NotFoundError);
    assert.equal((await served.client.namespaces.get('idem-a')).name, 'idem-a');
  });

  it('replays a reply stored without a request hash to another request, as before', async () => {
    const options = { idempotencyKey: 'tier-legacy' };
    const first = await served.client.namespaces.setKey('idem', 'k3', 'hash-3', options);
    await served.sql.exec("UPDATE rpc_requests SET request_hash = NULL WHERE request_key = 'tier-legacy'");
    assert.deepEqual(await served.client.namespaces.setKey('idem', 'k3', 'hash-other', options), first);
    const stored = await served.client.namespaces.getKey('idem', 'k3');
    assert.deepEqual([stored.key_hash, stored.nonce], ['hash-3', first.nonce]);
  });
});
