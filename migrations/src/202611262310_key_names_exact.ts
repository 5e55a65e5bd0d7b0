import { runAll, type Migration } from './migration.js';

/**
 * Key names compare exactly, as Shaken Fist's do: under the table's
 * case- and accent-insensitive collation, setting `Deploy` replaced the
 * hash and nonce of `deploy` (revoking its tokens) instead of adding a key.
 * The primary key held no two names equal under the old collation, so none
 * collide under the binary one.
 */
const statements = [`ALTER TABLE namespace_keys MODIFY key_name VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL`];

export const keyNamesExact: Migration = {
  name: '202611262310_key_names_exact',
  up: (db) => runAll(db, statements),
};
