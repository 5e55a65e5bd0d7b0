import type { JSONSchemaType } from 'ajv';

export interface MariadbConfig {
  host: string;
  port: number;
  socket: string;
  user: string;
  password: string;
  database: string;
  pool_size: number;
}

export const mariadbSection: JSONSchemaType<MariadbConfig> = {
  type: 'object',
  description: 'The MariaDB server (10.11 or later) behind the sf-database tier. Only database-tier nodes set it.',
  properties: {
    host: { type: 'string', default: '', description: 'MariaDB host; empty means 127.0.0.1.' },
    port: { type: 'integer', minimum: 1, maximum: 65535, default: 3306, description: 'MariaDB TCP port.' },
    socket: { type: 'string', default: '', description: 'Unix socket path; when set it is used instead of host and port.' },
    user: { type: 'string', minLength: 1, default: 'shakenfist', description: 'MariaDB user.' },
    password: { type: 'string', default: '', description: 'MariaDB password.', 'x-secret': true },
    database: { type: 'string', pattern: '^[A-Za-z0-9_]{1,64}$', default: 'shakenfist', description: 'Database (schema) name.' },
    pool_size: { type: 'integer', minimum: 1, maximum: 512, default: 16, description: 'Connections in each sf-database process\'s pool.' },
  },
  required: ['host', 'port', 'socket', 'user', 'password', 'database', 'pool_size'],
  additionalProperties: false,
};
