import { randomUUID } from 'node:crypto';
import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

export interface LoggerSettings {
  /** The daemon or tool writing the log, e.g. `sf-database`. */
  name: string;
  level?: string;
  /** Where the JSON lines go; stdout unless told otherwise (tests pass a stream). */
  destination?: NodeJS.WritableStream;
}

/** Field names that must never reach a log line, wherever they appear. */
const REDACT_PATHS = [
  'password',
  '*.password',
  'key',
  '*.key',
  'secret',
  '*.secret',
  'auth_secret',
  '*.auth_secret',
  'key_hash',
  '*.key_hash',
  'authorization',
  '*.authorization',
  'req.headers.authorization',
];

/**
 * A structured JSON logger: one object per line, constant messages, variables
 * in snake_case fields (`instance_uuid`, `request_id`, `duration_ms`, `err`).
 */
export function createLogger(settings: LoggerSettings): Logger {
  const options: LoggerOptions = {
    name: settings.name,
    level: settings.level ?? 'info',
    base: { pid: process.pid, daemon: settings.name },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: pino.stdSerializers.err },
  };
  return settings.destination === undefined ? pino(options) : pino(options, settings.destination);
}

/** An id for one request or operation, carried across processes in gRPC metadata. */
export function newRequestId(): string {
  return randomUUID();
}

/** A child logger for one request or operation, so every line carries its id. */
export function operationLogger(log: Logger, requestId: string = newRequestId(), fields: Record<string, unknown> = {}): Logger {
  return log.child({ request_id: requestId, ...fields });
}
