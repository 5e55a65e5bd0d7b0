import assert from 'node:assert/strict';
import mysql from 'mysql2/promise';
import { EXPECTED_SCHEMA_VERSION } from '@sf/migrations';
import { checkSchema, ensureSchema } from '../../src/schema/migrate.js';
import { MariaDBIncompatibleError } from '../../src/schema/compat.js';
import { SchemaVersionMismatchError, verifySchema } from '../../src/schema/status.js';
import { createKnex } from '../../src/internal/connection.js';
import { createMigratedTestDatabase, createTestDatabase, quietLogger, testServerConfig, type TestDatabase } from '../support/test-database.js';

async function query<T>(db: TestDatabase, sql: string, params: unknown[] = []): Promise<T[]> {
  const { host, port, user, password } = db.config;
  const conn = await mysql.createConnection({ host, port, user, password, database: db.name });
  try {
    const [rows] = await conn.query(sql, params);
    return rows as T[];
  } finally {
    await conn.end();
  }
}

describe('schema migrations (real MariaDB)', function () {
  this.timeout(60000);
  const made: TestDatabase[] = [];
  after(async () => {
    await Promise.all(made.map((db) => db.drop()));
  });

  it('apply on an empty database and record the version', async () => {
    const db = await createTestDatabase();
    made.push(db);
    const result = await ensureSchema(db.config, quietLogger);
    assert.equal(result.applied.length, EXPECTED_SCHEMA_VERSION);
    const tables = await query<{ TABLE_NAME: string; ENGINE: string; TABLE_COLLATION: string }>(
      db,
      'SELECT TABLE_NAME, ENGINE, TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()',
    );
    const names = tables.map((t) => t.TABLE_NAME);
    for (const wanted of ['namespaces', 'namespace_keys', 'nodes', 'networks', 'network_interfaces', 'instances', 'blobs', 'artifacts', 'events', 'event_objects', 'cluster_operations', 'cluster_operation_targets', 'node_reservations', 'resource_pool_allocations', 'cluster_locks', 'schema_versions', 'scheduler_node_capacity', 'namespace_quotas', 'object_metadata']) {
      assert.ok(names.includes(wanted), `table ${wanted} missing`);
    }
    for (const table of tables) {
      assert.equal(table.ENGINE, 'InnoDB', table.TABLE_NAME);
      assert.match(table.TABLE_COLLATION, /^utf8mb4_/, table.TABLE_NAME);
    }
    const [version] = await query<{ version: number }>(db, "SELECT version FROM schema_versions WHERE component = 'sf'");
    assert.equal(version?.version, EXPECTED_SCHEMA_VERSION);
  });

  it('is a no-op when run again', async () => {
    const db = await createMigratedTestDatabase();
    made.push(db);
    const before = await query<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM knex_migrations');
    const again = await ensureSchema(db.config, quietLogger);
    assert.deepEqual(again.applied, []);
    assert.deepEqual(await query<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM knex_migrations'), before);
  });

  it('finishes a migration a killed runner left half done (stale knex lock, some tables made)', async () => {
    const db = await createMigratedTestDatabase();
    made.push(db);
    await query(db, 'DROP TABLE schema_versions, cluster_locks');
    await query(db, 'DELETE FROM knex_migrations');
    await query(db, 'UPDATE knex_migrations_lock SET is_locked = 1');
    const result = await ensureSchema(db.config, quietLogger);
    assert.equal(result.version, EXPECTED_SCHEMA_VERSION);
    assert.equal((await checkSchema(db.config)).problem, undefined);
  });

  it('check reports an absent database, a missing migration, and then a current schema', async () => {
    const absent = { ...testServerConfig(), database: `sft_absent_${process.pid}` };
    assert.match((await checkSchema(absent)).problem ?? '', /does not exist/);

    const db = await createMigratedTestDatabase();
    made.push(db);
    assert.equal((await checkSchema(db.config)).problem, undefined);
    await query(db, 'DELETE FROM knex_migrations');
    await query(db, "UPDATE schema_versions SET version = 0 WHERE component = 'sf'");
    const { problem, status } = await checkSchema(db.config);
    assert.match(problem ?? '', new RegExp(`schema version 0, this build expects ${EXPECTED_SCHEMA_VERSION} .*pending: 202611261200_initial_schema.*sf-ctl ensure-mariadb-schema`));
    assert.equal(status?.pending.length, EXPECTED_SCHEMA_VERSION);
  });

  it('check reports a database newer than the build', async () => {
    const db = await createMigratedTestDatabase();
    made.push(db);
    await query(db, "INSERT INTO knex_migrations (name, batch, migration_time) VALUES ('209901010000_from_the_future', 2, NOW())");
    assert.match((await checkSchema(db.config)).problem ?? '', /newer than this build/);
  });

  it('the start-up gate refuses a schema behind the build and passes a current one', async () => {
    const db = await createMigratedTestDatabase();
    made.push(db);
    const knex = createKnex(db.config);
    try {
      const status = await verifySchema(knex);
      assert.equal(status.recordedVersion, EXPECTED_SCHEMA_VERSION);
      await knex.raw("DELETE FROM schema_versions WHERE component = 'sf'");
      await assert.rejects(verifySchema(knex), (err: unknown) => err instanceof SchemaVersionMismatchError && /version 0/.test(err.message));
    } finally {
      await knex.destroy();
    }
  });

  it('refuses a database that is not utf8mb4', async () => {
    const db = await createTestDatabase();
    made.push(db);
    await query(db, `ALTER DATABASE \`${db.name}\` CHARACTER SET latin1 COLLATE latin1_swedish_ci`);
    await assert.rejects(ensureSchema(db.config, quietLogger), (err: unknown) => err instanceof MariaDBIncompatibleError && /latin1/.test(err.message));
  });

  describe('UNIQUE constraints that make allocation and reservation atomic', () => {
    let db: TestDatabase;
    before(async () => {
      db = await createMigratedTestDatabase();
      made.push(db);
      await query(db, "INSERT INTO namespaces (name, state) VALUES ('ns1', 'created')");
      await query(db, "INSERT INTO nodes (name, fqdn, mesh_ip, state) VALUES ('node1', 'node1', '127.0.0.1', 'created')");
    });

    it('reject a second allocation of the same pool value, and allow another value (control)', async () => {
      const insert = "INSERT INTO resource_pool_allocations (pool_name, value, owner_type, owner_uuid) VALUES ('vxlan', ?, 'network', ?)";
      await query(db, insert, ['42', 'a']);
      await query(db, insert, ['43', 'b']);
      await assert.rejects(query(db, insert, ['42', 'c']), /Duplicate entry/);
      await query(db, "INSERT INTO resource_pool_allocations (pool_name, value, owner_type, owner_uuid) VALUES ('vxlan2', '42', 'network', 'd')");
    });

    it('reject a second live reservation for one instance, and allow one after release (control)', async () => {
      const insert = "INSERT INTO node_reservations (uuid, instance_uuid, node, namespace, cpus, memory_mib, disk_gib, state) VALUES (UUID(), 'i-1', 'node1', 'ns1', 1, 512, 10, ?)";
      await query(db, insert, ['reserved']);
      await assert.rejects(query(db, insert, ['reserved']), /Duplicate entry/);
      await assert.rejects(query(db, insert, ['consumed']), /Duplicate entry/);
      await query(db, "UPDATE node_reservations SET state = 'released' WHERE instance_uuid = 'i-1'");
      await query(db, insert, ['reserved']);
      await query(db, "UPDATE node_reservations SET state = 'released' WHERE instance_uuid = 'i-1' AND state = 'reserved'");
      await query(db, insert, ['reserved']);
      const rows = await query<{ n: number }>(db, "SELECT COUNT(*) AS n FROM node_reservations WHERE instance_uuid = 'i-1'");
      assert.equal(Number(rows[0]?.n), 3);
    });

    it('reject a second queued operation with the same coalescing key, but not once it is claimed', async () => {
      const insert = "INSERT INTO cluster_operations (uuid, operation_type, target_node, state, coalesce_key) VALUES (UUID(), 'network.ensure', 'node1', 'queued', ?)";
      const key = 'a'.repeat(64);
      await query(db, insert, [key]);
      await assert.rejects(query(db, insert, [key]), /Duplicate entry/);
      await query(db, "UPDATE cluster_operations SET state = 'claimed', coalesce_key = NULL WHERE coalesce_key = ?", [key]);
      await query(db, insert, [key]);
    });
  });
});
