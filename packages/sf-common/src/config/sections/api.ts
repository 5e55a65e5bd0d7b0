import type { JSONSchemaType } from 'ajv';

export interface ApiConfig {
  listen_address: string;
  port: number;
  metrics_port: number;
  metrics_listen_address: string;
  drain_grace: number;
  shutdown_timeout: number;
  auth_secret: string;
  token_duration: number;
}

export const apiSection: JSONSchemaType<ApiConfig> = {
  type: 'object',
  description: 'sf-api, the stateless REST service.',
  properties: {
    listen_address: { type: 'string', minLength: 1, default: '0.0.0.0', description: 'Address sf-api listens on.' },
    port: { type: 'integer', minimum: 1, maximum: 65535, default: 13000, description: 'REST port.' },
    metrics_port: { type: 'integer', minimum: 1, maximum: 65535, default: 13001, description: 'Prometheus metrics port of sf-api.' },
    metrics_listen_address: { type: 'string', default: '', description: 'Address the metrics port listens on; empty means node.mesh_ip, so metrics stay off the public REST address.' },
    drain_grace: { type: 'number', minimum: 0, maximum: 600, default: 25, description: 'Seconds sf-api keeps serving after SIGTERM, so load balancers notice /readyz.' },
    shutdown_timeout: { type: 'number', minimum: 0, maximum: 600, default: 30, description: 'Seconds in-flight requests get to finish once sf-api stops accepting.' },
    auth_secret: { type: 'string', default: '', description: 'HS256 secret that signs API tokens; must be set on API nodes, at least 32 characters.', 'x-secret': true },
    token_duration: { type: 'integer', minimum: 60, maximum: 86400, default: 900, description: 'Lifetime of an API token in seconds.' },
  },
  required: ['listen_address', 'port', 'metrics_port', 'metrics_listen_address', 'drain_grace', 'shutdown_timeout', 'auth_secret', 'token_duration'],
  additionalProperties: false,
};
