import type { Knex } from 'knex';
import { EXPECTED_SCHEMA_VERSION, SCHEMA_COMPONENT, migrations } from '@sf/migrations';
import { GrpcStatus, SfError, type SfErrorOptions } from '@sf/common';
import { assertCompatible, type ServerFacts } from './compat.js';

export const MIGRATIONS_TABLE = 'knex_migrations';

export interface SchemaStatus {
  /** The version recorded in schema_versions; 0 when there is none. */
  recordedVersion: number;
  expectedVersion: number;
  applied: string[];
  pending: string[];
  /** Applied migrations this build does not know: the database is newer than the build. */
  unknown: string[];
}

/** The schema is not the one this build was made for; daemons refuse to start on it. */
export class SchemaVersionMismatchError extends SfError {
  readonly mapping = { httpStatus: 500, grpcStatus: GrpcStatus.FAILED_PRECONDITION, exitCode: 1 };
  constructor(message: string, options?: SfErrorOptions) {
    super(message, 'SF_ERR_INTERNAL_SCHEMA_VERSION', options);
  }
}

async function tableExists(knex: Knex, table: string): Promise<boolean> {
  const [rows] = (await knex.raw('SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?', [table])) as [unknown[]];
  return rows.length > 0;
}

export async function serverFacts(knex: Knex): Promise<ServerFacts> {
  const [rows] = (await knex.raw(
    `SELECT VERSION() AS version, @@default_storage_engine AS engine,
            s.DEFAULT_CHARACTER_SET_NAME AS charset, s.DEFAULT_COLLATION_NAME AS collation
       FROM information_schema.SCHEMATA s WHERE s.SCHEMA_NAME = DATABASE()`,
  )) as [Array<{ version: string; engine: string; charset: string; collation: string }>];
  const row = rows[0];
  if (row === undefined) throw new SchemaVersionMismatchError('the configured database does not exist: run `sf-ctl ensure-mariadb-schema`');
  return { version: row.version, defaultStorageEngine: row.engine, characterSetDatabase: row.charset, collationDatabase: row.collation };
}

/** Reads what is applied without writing anything (no migration table is created). */
export async function schemaStatus(knex: Knex): Promise<SchemaStatus> {
  const applied = (await tableExists(knex, MIGRATIONS_TABLE))
    ? ((await knex(MIGRATIONS_TABLE).select('name').orderBy('id')) as Array<{ name: string }>).map((row) => row.name)
    : [];
  let recordedVersion = 0;
  if (await tableExists(knex, 'schema_versions')) {
    const row = (await knex('schema_versions').where({ component: SCHEMA_COMPONENT }).first('version')) as { version: number } | undefined;
    recordedVersion = row?.version ?? 0;
  }
  const known = new Set(migrations.map((migration) => migration.name));
  const done = new Set(applied);
  return {
    recordedVersion,
    expectedVersion: EXPECTED_SCHEMA_VERSION,
    applied,
    pending: migrations.map((migration) => migration.name).filter((name) => !done.has(name)),
    unknown: applied.filter((name) => !known.has(name)),
  };
}

export function describeMismatch(status: SchemaStatus): string | undefined {
  if (status.unknown.length > 0) {
    return `the database schema is newer than this build (unknown migrations: ${status.unknown.join(', ')}): upgrade sf-ts`;
  }
  if (status.pending.length > 0 || status.recordedVersion !== status.expectedVersion) {
    return `database schema version ${status.recordedVersion}, this build expects ${status.expectedVersion}` +
      (status.pending.length > 0 ? ` (pending: ${status.pending.join(', ')})` : '') +
      ': run `sf-ctl ensure-mariadb-schema`';
  }
  return undefined;
}

/** The start-up gate of sf-database: a compatible server and exactly the expected schema, or a clear error. */
export async function verifySchema(knex: Knex): Promise<SchemaStatus> {
  assertCompatible(await serverFacts(knex));
  const status = await schemaStatus(knex);
  const mismatch = describeMismatch(status);
  if (mismatch !== undefined) throw new SchemaVersionMismatchError(mismatch);
  return status;
}
