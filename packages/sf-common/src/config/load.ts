import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { configSchema, type SfConfig } from './schema.js';
import { configKeys, envName, type ConfigKey } from './keys.js';

export const DEFAULT_CONFIG_FILE = '/etc/sf/config.json';
/** Names another config file; not itself a configuration key. */
export const CONFIG_FILE_ENV = 'SHAKENFIST_CONFIG_FILE';

/** Every problem found in the configuration, each naming its key. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

export interface LoadConfigOptions {
  /** Defaults to $SHAKENFIST_CONFIG_FILE, then /etc/sf/config.json; a missing default file is fine. */
  file?: string;
  env?: Record<string, string | undefined>;
}

const ajv = new Ajv({ allErrors: true, useDefaults: true, coerceTypes: true, strict: true });
ajv.addKeyword({ keyword: 'x-secret', schemaType: 'boolean' });
addFormats.default(ajv, ['ipv4']);
const validate = ajv.compile(configSchema);

/** A number as an operator writes one; ajv's coercion also takes "0x10", "1e3" and " 5", typos more often than meant. */
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** Settings of Shaken Fist's client that share the prefix of a section. */
const CLIENT_SETTINGS = new Set(['SHAKENFIST_API_URL']);

/** A number ajv would take by coercion that is not written as one; anything else ajv refuses itself. */
function coercedNotDecimal(raw: string): boolean {
  return !DECIMAL.test(raw) && raw.trim() !== '' && Number.isFinite(Number(raw));
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

/** Booleans use one strict parser: "off" must never read as true. Unknown words stay strings for ajv to refuse. */
function envValue(key: ConfigKey, raw: string): unknown {
  switch (key.type) {
    case 'array':
      return raw.split(',').map((part) => part.trim()).filter((part) => part.length > 0);
    case 'boolean': {
      const word = raw.trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
      return raw;
    }
    default:
      return raw;
  }
}

function readFileLayer(file: string, required: boolean): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (!required && (err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ConfigError([`${file}: cannot be read: ${(err as Error).message}`]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ConfigError([`${file}: not valid JSON${jsonErrorPlace(text, err as Error)}`]);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError([`${file}: must hold a JSON object of sections`]);
  }
  return parsed as Record<string, unknown>;
}

/**
 * Where JSON.parse stopped, as a line and column. V8's own message can quote the
 * text around the error, which in a config file may be a secret, so only the
 * position it names is kept.
 */
function jsonErrorPlace(text: string, err: Error): string {
  const position = /at position (\d+)/.exec(err.message)?.[1];
  if (position === undefined) return '';
  const before = text.slice(0, Number(position)).split('\n');
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

function describe(error: ErrorObject): string {
  const path = error.instancePath.replace(/^\//, '').split('/').filter(Boolean);
  if (error.keyword === 'additionalProperties') {
    path.push(String((error.params as { additionalProperty: string }).additionalProperty));
    return `${path.join('.')}: unknown key`;
  }
  const where = path.length >= 2 ? `${path.slice(0, 2).join('.')} (${envName(path[0] ?? '', path[1] ?? '')})` : path.join('.') || '(root)';
  const extra = error.keyword === 'enum' ? `: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}` : '';
  return `${where}: ${error.message ?? 'invalid'}${extra}`;
}

/**
 * Defaults < config file < SHAKENFIST_* environment. Throws ConfigError
 * naming every bad key; callers exit non-zero on it at start.
 */
export function loadConfig(options: LoadConfigOptions = {}): SfConfig {
  const env = options.env ?? process.env;
  const explicitFile = options.file ?? env[CONFIG_FILE_ENV];
  const layer = readFileLayer(explicitFile ?? DEFAULT_CONFIG_FILE, explicitFile !== undefined);

  const merged: Record<string, unknown> = { ...layer };
  for (const section of Object.keys(configSchema.properties)) {
    const fromFile = merged[section];
    merged[section] = fromFile !== null && typeof fromFile === 'object' && !Array.isArray(fromFile) ? { ...fromFile } : (fromFile ?? {});
  }
  const problems: string[] = [];
  for (const key of configKeys()) {
    const raw = env[key.env];
    if (raw === undefined) continue;
    if ((key.type === 'integer' || key.type === 'number') && coercedNotDecimal(raw)) {
      problems.push(`${key.section}.${key.name} (${key.env}): must be a decimal number`);
      continue;
    }
    const section = merged[key.section];
    if (section !== null && typeof section === 'object') {
      (section as Record<string, unknown>)[key.name] = envValue(key, raw);
    }
  }

  if (!validate(merged)) throw new ConfigError([...problems, ...(validate.errors ?? []).map(describe)]);
  if (problems.length > 0) throw new ConfigError(problems);
  return merged;
}

/**
 * SHAKENFIST_<SECTION>_* variables that name no key of that section: a
 * misspelt key (SHAKENFIST_MARIADB_PASSWD) is otherwise ignored without a
 * word. The client's own settings are not counted.
 */
export function unknownEnvKeys(env: Record<string, string | undefined> = process.env): string[] {
  const known = new Set(configKeys().map((key) => key.env));
  const prefixes = Object.keys(configSchema.properties).map((section) => `SHAKENFIST_${section.toUpperCase()}_`);
  return Object.keys(env)
    .filter((name) => prefixes.some((prefix) => name.startsWith(prefix)) && !known.has(name) && !CLIENT_SETTINGS.has(name))
    .sort();
}

/**
 * systemd's JOURNAL_STREAM (systemd.exec(5)): `<device>:<inode>` of the journal
 * stream on stdout or stderr, when either is one. Not a configuration key;
 * read here as this is the one place that reads the environment.
 */
export function journalStream(env: Record<string, string | undefined> = process.env): string | undefined {
  return env['JOURNAL_STREAM'];
}
