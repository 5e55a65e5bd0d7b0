import type { DatabaseClient } from '@sf/database-client';
import { PoolSql } from '../../src/internal/sql.js';
import { createMigratedTestDatabase, type TestDatabase } from './test-database.js';
import { clientFor, startTier, type TierProcess } from './tier-process.js';

export interface ServedDatabase {
  db: TestDatabase;
  tier: TierProcess;
  client: DatabaseClient;
  /** A small pool of the test's own on the same database, for tests that read or doctor rows directly. */
  sql: PoolSql;
}

/**
 * Registers the suite's before/after hooks: a migrated database of its own,
 * one real sf-database process serving it, a client of it and a small
 * pool on the database, then `setup`;
 * all of it stopped and dropped afterwards, even when a test failed. The
 * returned object is filled in by the time the suite's tests run.
 */
export function serveTestDatabase(setup: (client: DatabaseClient) => Promise<void>): ServedDatabase {
  const served: Partial<ServedDatabase> = {};
  before(async () => {
    served.db = await createMigratedTestDatabase();
    served.tier = await startTier(served.db.config);
    served.client = clientFor([served.tier]);
    served.sql = PoolSql.create({ ...served.db.config, pool_size: 2 });
    await setup(served.client);
  });
  after(async () => {
    await served.sql?.end();
    served.client?.close();
    await served.tier?.stop();
    await served.db?.drop();
  });
  return served as ServedDatabase;
}
