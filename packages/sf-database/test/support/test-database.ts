import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import mysql from 'mysql2/promise';
import { createLogger, type Logger, type MariadbConfig } from '@sf/common';
import { ensureSchema } from '../../src/schema/migrate.js';

/** The shared test server: the machine's MariaDB (started by scripts/setup.sh). */
export function testServerConfig(overrides: Partial<MariadbConfig> = {}): MariadbConfig {
  return {
    host: process.env.SF_TEST_MARIADB_HOST ?? '127.0.0.1',
    port: Number(process.env.SF_TEST_MARIADB_PORT ?? 3306),
    socket: '',
    user: process.env.SF_TEST_MARIADB_USER ?? 'root',
    password: process.env.SF_TEST_MARIADB_PASSWORD ?? '',
    database: 'unused',
    pool_size: 8,
    ...overrides,
  };
}

export const quietLogger: Logger = createLogger({ name: 'test', level: 'warn', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

export interface TestDatabase {
  name: string;
  config: MariadbConfig;
  drop(): Promise<void>;
}

/** A uniquely named, empty database on the test server; drop() removes it (call it in after()). */
export async function createTestDatabase(server: MariadbConfig = testServerConfig()): Promise<TestDatabase> {
  const name = `sft_${process.pid}_${randomBytes(4).toString('hex')}`;
  const config = { ...server, database: name };
  const admin = await mysql.createConnection({ host: server.host, port: server.port, user: server.user, password: server.password });
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  return {
    name,
    config,
    drop: async () => {
      const conn = await mysql.createConnection({ host: server.host, port: server.port, user: server.user, password: server.password });
      try {
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await conn.end();
      }
    },
  };
}

/** A unique database with every migration applied. */
export async function createMigratedTestDatabase(server?: MariadbConfig): Promise<TestDatabase> {
  const db = await createTestDatabase(server);
  try {
    await ensureSchema(db.config, quietLogger);
  } catch (err) {
    await db.drop();
    throw err;
  }
  return db;
}
