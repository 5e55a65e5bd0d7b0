import { PoolSql } from '../../src/internal/sql.js';
import { createMigratedTestDatabase, type TestDatabase } from './test-database.js';

export interface PooledDatabase {
  db: TestDatabase;
  sql: PoolSql;
}

/**
 * Registers the suite's before/after hooks: a migrated database of its own
 * and a pool of poolSize connections over it, both gone afterwards even when
 * a test failed. The returned object is filled in by the time the suite's
 * tests (and its later before hooks) run.
 */
export function poolTestDatabase(poolSize: number): PooledDatabase {
  const pooled: Partial<PooledDatabase> = {};
  before(async () => {
    pooled.db = await createMigratedTestDatabase();
    pooled.sql = PoolSql.create({ ...pooled.db.config, pool_size: poolSize });
  });
  after(async () => {
    await pooled.sql?.end();
    await pooled.db?.drop();
  });
  return pooled as PooledDatabase;
}
