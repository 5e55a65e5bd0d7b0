export { ensureSchema, checkSchema, type EnsureResult } from './schema/migrate.js';
export { verifySchema, schemaStatus, SchemaVersionMismatchError, type SchemaStatus } from './schema/status.js';
export { compatibilityProblems, MariaDBIncompatibleError, MIN_MARIADB_VERSION, type ServerFacts } from './schema/compat.js';
export { serve, type ServeOptions } from './serve.js';
export { INSTANCE_STATES, NETWORK_STATES, NETWORK_INTERFACE_STATES, NAMESPACE_STATES, NODE_STATES, type StateMachine } from './internal/states.js';
