export { default as EnsureMariadbSchema } from './commands/ensure-mariadb-schema.js';
