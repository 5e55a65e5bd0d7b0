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
    const first = await putApiRequest(sql, key, 'ns1', 200, '{"uuid":"a"}', 60);
    const second = await putApiRequest(sql, key, 'ns1', 200, '{"uuid":"b"}', 60);
    assert.equal(second.response_json, first.response_json, 'first put wins');
    await sql.exec('UPDATE api_requests SET expires = NOW(6) - INTERVAL 1 SECOND WHERE request_key = ?', [key]);
    assert.equal((await getApiRequest(sql, key)).found, false);
    const third = await putApiRequest(sql, key, 'ns1', 200, '{"uuid":"c"}', 60);
    assert.equal(third.response_json, '{"uuid":"c"}', 'an expired key is taken over, so a retry after it finds the new reply');
  });
});
