import { randomUUID } from 'node:crypto';
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { fdOf, journalDestination, writesToJournal } from './journal.js';

export type { Logger } from 'pino';

export interface LoggerSettings {
  /** The daemon or tool writing the log, e.g. `sf-database`. */
  name: string;
  level?: string;
  /** Where the JSON lines go; stdout unless told otherwise (tests pass a stream). */
  destination?: NodeJS.WritableStream;
  /**
   * systemd's JOURNAL_STREAM, from the config loader's journalStream(). When it
   * names the file the lines go to, each starts with its syslog priority `<N>`.
   */
  journalStream?: string;
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
  const options = loggerOptions(settings);
  const destination = journalOrDestination(settings);
  return destination === undefined ? pino(options) : pino(options, destination);
}

function loggerOptions(settings: LoggerSettings): LoggerOptions {
  return {
    name: settings.name,
    level: settings.level ?? 'info',
    base: { pid: process.pid, daemon: settings.name },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: pino.stdSerializers.err },
  };
}

/**
 * The destination as given (undefined: pino's own stdout), unless it is the
 * journal stream: only then is a prefixing stream put in between, so other
 * lines cost nothing more.
 */
function journalOrDestination(settings: LoggerSettings): DestinationStream | undefined {
  const fd = settings.destination === undefined ? 1 : fdOf(settings.destination);
  if (fd === undefined || !writesToJournal(settings.journalStream, fd)) return settings.destination;
  return journalDestination(settings.destination ?? pino.destination(fd));
}

/** An id for one request or operation, carried across processes in gRPC metadata. */
export function newRequestId(): string {
  return randomUUID();
}

/** A child logger for one request or operation, so every line carries its id. */
export function operationLogger(log: Logger, requestId: string = newRequestId(), fields: Record<string, unknown> = {}): Logger {
  return log.child({ request_id: requestId, ...fields });
}
