import assert from 'node:assert/strict';
import { ValidationError } from '@sf/common';
import { PoolSql } from '../../src/internal/sql.js';
import { once, pruneIdempotencyKeys } from '../../src/server/idempotency.js';
import { createMigratedTestDatabase, type TestDatabase } from '../support/test-database.js';

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
    assert.deepEqual(await once(sql, 'k1', 'M', work), { n: 1 });
    assert.deepEqual(await once(sql, 'k1', 'M', work), { n: 1 });
    assert.equal(runs, 1);
    await assert.rejects(once(sql, 'k1', 'Other', work), ValidationError, 'a key belongs to one method');
    await assert.rejects(
      once(sql, 'k2', 'M', () => Promise.reject(new ValidationError('no'))),
      ValidationError,
    );
    assert.deepEqual(await once(sql, 'k2', 'M', work), { n: 2 }, 'the failed attempt left no key');
  });

  it('what waits for the commit runs after the outermost one, inside a keyed call too, and never for a rolled-back run', async () => {
    const seen: string[] = [];
    await once(sql, 'k-after', 'M', async (tx) => {
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
        once(sql, 'race', 'M', async (tx) => {
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
    await once(sql, 'prune-new', 'M', () => Promise.resolve({}));
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
