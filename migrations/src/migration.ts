/**
 * What a migration may do: run SQL. Kept this narrow so the migrations need
 * no database library; sf-database adapts knex to it.
 */
export interface SqlRunner {
  raw(sql: string): Promise<unknown>;
}

export interface Migration {
  /** `<yyyymmddhhmm>_<slug>`: the order migrations apply in. Never renamed once landed. */
  readonly name: string;
  up(db: SqlRunner): Promise<void>;
}

/** Every table is InnoDB in utf8mb4, so the compatibility check and the schema agree. */
export const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

export async function runAll(db: SqlRunner, statements: readonly string[]): Promise<void> {
  for (const statement of statements) await db.raw(statement);
}
