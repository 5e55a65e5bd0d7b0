import knexFactory, { type Knex } from 'knex';
import type { Logger, MariadbConfig } from '@sf/common';

export interface ConnectOptions {
  /** Connect without selecting a database (to create it). */
  withoutDatabase?: boolean;
  poolSize?: number;
  /** Where knex's own warnings go, at debug level; without one they are dropped. */
  log?: Logger;
}

/**
 * knex writes its warnings (a failed connection attempt, with its stack) to
 * the console, that is onto stdout. Each repeats an error the caller is also
 * given, so they belong in the debug log, never in a program's output.
 */
function knexLog(log: Logger | undefined): Knex.Config['log'] {
  const debug = (message: unknown): void => log?.debug({ knex: String(message) }, 'knex');
  return { warn: debug, error: debug, deprecate: debug, debug };
}

/**
 * Run first on every connection. Rows are read and written as UTC
 * (`timezone: 'Z'`) and ages are computed with NOW() in SQL; both hold only
 * if the session's time zone is UTC too, whatever the server's own is.
 * The SQL mode is MariaDB's default, whatever the server's: the text
 * protocol's values are escaped with backslashes, which a server running
 * with NO_BACKSLASH_ESCAPES would read as text (an injection), and an
 * overlong value must be refused, not cut (STRICT).
 */
export const SESSION_SETUP = "SET time_zone = '+00:00', sql_mode = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'";

/** mysql2 connection settings shared by the knex pool and the lock connection. */
export function connectionSettings(config: MariadbConfig, options: ConnectOptions = {}): Knex.MySql2ConnectionConfig {
  const settings: Knex.MySql2ConnectionConfig = {
    user: config.user,
    password: config.password,
    charset: 'utf8mb4',
    timezone: 'Z',
    supportBigNumbers: true,
    connectTimeout: 5000,
  };
  if (config.socket !== '') settings.socketPath = config.socket;
  else {
    settings.host = config.host === '' ? '127.0.0.1' : config.host;
    settings.port = config.port;
  }
  if (!options.withoutDatabase) settings.database = config.database;
  return settings;
}

export function createKnex(config: MariadbConfig, options: ConnectOptions = {}): Knex {
  return knexFactory.knex({
    client: 'mysql2',
    connection: connectionSettings(config, options),
    log: knexLog(options.log),
    pool: {
      min: 0,
      max: options.poolSize ?? config.pool_size,
      afterCreate: (conn: { query(sql: string, done: (err: Error | null) => void): void }, done: (err: Error | null, conn: unknown) => void) => {
        conn.query(SESSION_SETUP, (err) => done(err, conn));
      },
    },
  });
}

/** The target an operator reads in messages: host:port/database or socket/database. */
export function describeTarget(config: MariadbConfig): string {
  const where = config.socket !== '' ? config.socket : `${config.host === '' ? '127.0.0.1' : config.host}:${config.port}`;
  return `${where}/${config.database}`;
}
