import { configSchema } from './schema.js';

export interface ConfigKey {
  section: string;
  name: string;
  env: string;
  type: string;
  default: unknown;
  description: string;
  secret: boolean;
}

interface KeySchema {
  type: string;
  default: unknown;
  description?: string;
  'x-secret'?: boolean;
}

export function envName(section: string, name: string): string {
  return `SHAKENFIST_${section}_${name}`.toUpperCase();
}

/** Every key of the schema, flattened, in declaration order. */
export function configKeys(): ConfigKey[] {
  const keys: ConfigKey[] = [];
  for (const [section, sectionSchema] of Object.entries(configSchema.properties)) {
    const properties = (sectionSchema as { properties: Record<string, KeySchema> }).properties;
    for (const [name, schema] of Object.entries(properties)) {
      keys.push({
        section,
        name,
        env: envName(section, name),
        type: schema.type,
        default: schema.default,
        description: schema.description ?? '',
        secret: schema['x-secret'] === true,
      });
    }
  }
  return keys;
}

/** A copy safe to log: secrets become "[redacted]" when set. */
export function redactedConfig<T extends object>(config: T): T {
  const copy = structuredClone(config) as Record<string, Record<string, unknown>>;
  for (const key of configKeys()) {
    const section = copy[key.section];
    if (key.secret && section !== undefined && section[key.name] !== '') section[key.name] = '[redacted]';
  }
  return copy as T;
}
