export { ensureSchema, checkSchema, type EnsureResult } from './schema/migrate.js';
export { verifySchema, schemaStatus, SchemaVersionMismatchError, type SchemaStatus } from './schema/status.js';
export { compatibilityProblems, MariaDBIncompatibleError, MIN_MARIADB_VERSION, type ServerFacts } from './schema/compat.js';
