import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { PoolSql } from '../../src/internal/sql.js';
import { getApiRequest, putApiRequest } from '../../src/resources/api-request.repo.js';
import { poolTestDatabase } from '../support/pooled-database.js';

describe('REST idempotency keys (real MariaDB)', function () {
  this.timeout(60000);
  const pooled = poolTestDatabase(4);
  let sql: PoolSql;
  const key = createHash('sha256').update('ns1 POST /instances k1').digest('hex');

  before(() => {
    sql = pooled.sql;
  });

  it('keeps the first reply while it lives, and lets an expired key be taken over', async () => {
    const put = (responseJson: string, requestHash: string) => putApiRequest(sql, { key, namespace: 'ns1', requestHash, status: 200, responseJson, ttlSeconds: 60 });
    const [hashA, hashC] = ['a'.repeat(64), 'c'.repeat(64)];
    const first = await put('{"uuid":"a"}', hashA);
    const second = await put('{"uuid":"b"}', 'b'.repeat(64));
    assert.equal(second.response_json, first.response_json, 'first put wins');
    assert.equal(second.request_hash, hashA, 'with the hash of the request it answers');
    await sql.exec('UPDATE api_requests SET expires = NOW(6) - INTERVAL 1 SECOND WHERE request_key = ?', [key]);
    assert.equal((await getApiRequest(sql, key)).found, false);
    const third = await put('{"uuid":"c"}', hashC);
    assert.equal(third.response_json, '{"uuid":"c"}', 'an expired key is taken over, so a retry after it finds the new reply');
    assert.equal(third.request_hash, hashC);
    await sql.exec('UPDATE api_requests SET expires = NOW(6) - INTERVAL 1 SECOND WHERE request_key = ?', [key]);
    assert.equal((await put('{"uuid":"d"}', '')).request_hash, '', 'a reply stored without a hash reads as none');
    await assert.rejects(put('{}', 'NOT-HEX'), /request_hash/);
  });
});
