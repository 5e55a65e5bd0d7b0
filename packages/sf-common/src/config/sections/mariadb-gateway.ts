import type { JSONSchemaType } from 'ajv';

export interface MariadbGatewayConfig {
  hosts: string[];
  port: number;
  metrics_port: number;
  deadline_ms: number;
  shutdown_timeout: number;
}

export const mariadbGatewaySection: JSONSchemaType<MariadbGatewayConfig> = {
  type: 'object',
  description: 'The sf-database gRPC tier: where clients find it and where its instances listen.',
  properties: {
    hosts: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      minItems: 1,
      default: ['127.0.0.1'],
      description: 'sf-database endpoints (host or host:port), comma-separated in the environment; clients round robin over them.',
    },
    port: { type: 'integer', minimum: 1, maximum: 65535, default: 13005, description: 'gRPC port of the sf-database tier.' },
    metrics_port: { type: 'integer', minimum: 1, maximum: 65535, default: 13006, description: 'Prometheus metrics port of sf-database.' },
    deadline_ms: { type: 'integer', minimum: 1, maximum: 600000, default: 5000, description: 'Deadline of each call to the tier, in milliseconds.' },
    shutdown_timeout: { type: 'number', minimum: 0, maximum: 600, default: 10, description: 'Seconds the calls in flight get to finish once sf-database, sent SIGTERM, stops accepting; then they are cut. It exits by itself at the latest 5 s after that.' },
  },
  required: ['hosts', 'port', 'metrics_port', 'deadline_ms', 'shutdown_timeout'],
  additionalProperties: false,
};
