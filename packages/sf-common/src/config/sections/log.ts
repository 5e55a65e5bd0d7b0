import type { JSONSchemaType } from 'ajv';

export interface LogConfig {
  level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
}

export const logSection: JSONSchemaType<LogConfig> = {
  type: 'object',
  description: 'Structured JSON logging.',
  properties: {
    level: {
      type: 'string',
      enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace'],
      default: 'info',
      description: 'Lowest level written.',
    },
  },
  required: ['level'],
  additionalProperties: false,
};
