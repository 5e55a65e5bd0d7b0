import type { Knex } from 'knex';
import mysql from 'mysql2/promise';
import { EXPECTED_SCHEMA_VERSION, SCHEMA_COMPONENT, migrations, type Migration } from '@sf/migrations';
import { DatabaseUnavailableError, ForbiddenError, UnauthenticatedError, isSfError, type Logger, type MariadbConfig } from '@sf/common';
import { connectionSettings, createKnex, describeTarget } from '../internal/connection.js';
import { assertCompatible } from './compat.js';
import { MIGRATIONS_TABLE, SchemaVersionMismatchError, describeMismatch, schemaStatus, serverFacts, type SchemaStatus } from './status.js';

/** How long a second runner waits for the first before giving up. */
const LOCK_WAIT_SECONDS = 300;

const migrationSource: Knex.MigrationSource<Migration> = {
  getMigrations: () => Promise.resolve([...migrations]),
  getMigrationName: (migration) => migration.name,
  getMigration: (migration) =>
    Promise.resolve({
      up: async (knex: Knex) => {
        await migration.up({ raw: (sql) => knex.raw(sql) });
      },
      // knex insists on a down; sf-ts migrations are forward only.
      down: () => Promise.reject(new Error(`migration ${migration.name} is forward only`)),
    }),
};

/** Socket errors that mean MariaDB cannot be reached (a wrong or unresolvable host, nothing listening, no route). */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOENT', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET']);

/**
 * Access denied (1045), or denied without naming the password (1698: MariaDB
 * answers so for an unknown user when its fake authentication picks a
 * plugin that takes none).
 */
const CREDENTIALS_REFUSED = new Set([1045, 1698]);
/** No right on the database (1044), a table (1142), or for the statement (1227). */
const RIGHT_MISSING = new Set([1044, 1142, 1227]);

/**
 * What the operator can act on, as the typed error whose exit code says it:
 * unreachable (7), credentials refused (3), rights missing (3). A check that
 * cannot connect must not read as "schema behind" (1).
 */
function connectionError(config: MariadbConfig, err: unknown): unknown {
  if (isSfError(err)) return err;
  const { code, errno } = err as { code?: string; errno?: number };
  const message = err instanceof Error ? err.message : String(err);
  if (code !== undefined && UNREACHABLE.has(code)) return new DatabaseUnavailableError(`cannot reach MariaDB at ${describeTarget(config)}: ${message}`, { cause: err });
  if (errno !== undefined && CREDENTIALS_REFUSED.has(errno)) return new UnauthenticatedError(`MariaDB at ${describeTarget(config)} refused the configured user: ${message}`, { cause: err });
  if (errno !== undefined && RIGHT_MISSING.has(errno)) return new ForbiddenError(`the configured MariaDB user lacks a right this needs: ${message}`, { cause: err });
  return err;
}

async function withDatabase<T>(config: MariadbConfig, work: (knex: Knex) => Promise<T>, more: { withoutDatabase?: boolean; log?: Logger } = {}): Promise<T> {
  const knex = createKnex(config, { withoutDatabase: more.withoutDatabase ?? false, poolSize: 2, ...(more.log === undefined ? {} : { log: more.log }) });
  try {
    return await work(knex);
  } catch (err) {
    throw connectionError(config, err);
  } finally {
    await knex.destroy();
  }
}

async function databaseExists(knex: Knex, name: string): Promise<boolean> {
  const [rows] = (await knex.raw('SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [name])) as [unknown[]];
  return rows.length > 0;
}

/**
 * A MariaDB named lock on a connection of its own, so two operators running
 * the command at once serialise: the second finds nothing left to do.
 */
async function withSchemaLock<T>(config: MariadbConfig, log: Logger, work: () => Promise<T>): Promise<T> {
  const connection = await mysql.createConnection(connectionSettings(config, { withoutDatabase: true }) as mysql.ConnectionOptions).catch((err: unknown) => {
    throw connectionError(config, err);
  });
  const lockName = `sf-schema:${config.database}`;
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>('SELECT GET_LOCK(?, ?) AS got', [lockName, LOCK_WAIT_SECONDS]);
    if (rows[0]?.got !== 1) throw new SchemaVersionMismatchError(`another schema migration held the lock for ${LOCK_WAIT_SECONDS} s; try again`);
    log.debug({ lock: lockName }, 'schema lock taken');
    return await work();
  } finally {
    await connection.query('SELECT RELEASE_LOCK(?)', [lockName]).catch(() => undefined);
    await connection.end();
  }
}

export interface EnsureResult {
  applied: string[];
  version: number;
}

/**
 * Creates the database if needed, checks the server, applies pending
 * migrations under a lock and records the version. Idempotent.
 */
export async function ensureSchema(config: MariadbConfig, log: Logger): Promise<EnsureResult> {
  await withDatabase(
    config,
    (knex) => knex.raw(`CREATE DATABASE IF NOT EXISTS ?? CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`, [config.database]),
    { withoutDatabase: true, log },
  );
  return withSchemaLock(config, log, () =>
    withDatabase(config, async (knex) => {
      assertCompatible(await serverFacts(knex));
      // Holding the named lock makes us the only migrator, so a knex lock row
      // left behind by a runner killed mid-migration is stale.
      if (await knex.schema.hasTable(`${MIGRATIONS_TABLE}_lock`)) {
        await knex.migrate.forceFreeMigrationsLock({ migrationSource, tableName: MIGRATIONS_TABLE });
      }
      const [, applied] = (await knex.migrate.latest({
        migrationSource,
        tableName: MIGRATIONS_TABLE,
        disableTransactions: true,
      })) as [number, string[]];
      const last = migrations[migrations.length - 1]?.name ?? '';
      await knex.raw(
        `INSERT INTO schema_versions (component, version, migration) VALUES (?, ?, ?)
         ON DUPLICATE KEY UPDATE version = VALUES(version), migration = VALUES(migration)`,
        [SCHEMA_COMPONENT, EXPECTED_SCHEMA_VERSION, last],
      );
      for (const name of applied) log.info({ migration: name }, 'migration applied');
      return { applied, version: EXPECTED_SCHEMA_VERSION };
    }, { log }),
  );
}

/** Read-only: the schema's status, with a mismatch message when it is not current. */
export async function checkSchema(config: MariadbConfig): Promise<{ status: SchemaStatus | undefined; problem: string | undefined }> {
  const exists = await withDatabase(config, (knex) => databaseExists(knex, config.database), { withoutDatabase: true });
  if (!exists) return { status: undefined, problem: `database ${config.database} does not exist: run \`sf-ctl ensure-mariadb-schema\`` };
  return withDatabase(config, async (knex) => {
    assertCompatible(await serverFacts(knex));
    const status = await schemaStatus(knex);
    return { status, problem: describeMismatch(status) };
  });
}
