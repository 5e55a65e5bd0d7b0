import type { DatabaseClient } from '@sf/database-client';
import { createMigratedTestDatabase, type TestDatabase } from './test-database.js';
import { clientFor, startTier, type TierProcess } from './tier-process.js';

export interface ServedDatabase {
  db: TestDatabase;
  tier: TierProcess;
  client: DatabaseClient;
}

/**
 * Registers the suite's before/after hooks: a migrated database of its own,
 * one real sf-database process serving it and a client of it, then `setup`;
 * all of it stopped and dropped afterwards, even when a test failed. The
 * returned object is filled in by the time the suite's tests run.
 */
export function serveTestDatabase(setup: (client: DatabaseClient) => Promise<void>): ServedDatabase {
  const served: Partial<ServedDatabase> = {};
  before(async () => {
    served.db = await createMigratedTestDatabase();
    served.tier = await startTier(served.db.config);
    served.client = clientFor([served.tier]);
    await setup(served.client);
  });
  after(async () => {
    served.client?.close();
    await served.tier?.stop();
    await served.db?.drop();
  });
  return served as ServedDatabase;
}
