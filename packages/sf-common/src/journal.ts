import { fstatSync } from 'node:fs';
import { pino, type DestinationStream } from 'pino';

/**
 * Under systemd every line a daemon writes lands in the journal at one
 * priority, whatever its `level`, unless it starts with `<N>` (sd-daemon(3)):
 * the journal's stream parses that prefix and strips it (SyslogLevelPrefix=yes,
 * the default), so `journalctl -p err` works and the stored line is unchanged.
 */

/** syslog(3) priorities: debug 7, info 6, warning 4, err 3, crit 2. */
const PRIORITY_OF_LABEL: Readonly<Record<string, number>> = { trace: 7, debug: 7, info: 6, warn: 4, error: 3, fatal: 2 };

/** The syslog priority of a pino level number; undefined for a level pino does not define. */
export function syslogPriority(level: number): number | undefined {
  const label = pino.levels.labels[level];
  return label === undefined ? undefined : PRIORITY_OF_LABEL[label];
}

/** Built once, so the write path only looks a prefix up. */
const PREFIX_OF_LEVEL: ReadonlyMap<number, string> = new Map(
  Object.values(pino.levels.values).flatMap((level) => {
    const priority = syslogPriority(level);
    return priority === undefined ? [] : [[level, `<${priority}>`] as const];
  }),
);

/** The prefix that files a line at pino level `label`'s priority. */
export function priorityPrefix(label: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal'): string {
  return `<${PRIORITY_OF_LABEL[label] ?? ''}>`;
}

export interface StreamIdentity {
  dev: bigint;
  ino: bigint;
}

/**
 * Whether JOURNAL_STREAM (`<device>:<inode>`, systemd.exec(5)) names this
 * file. Being set is not enough: a child inherits the variable even when its
 * output was sent elsewhere. Bigints, as inode numbers may exceed 2^53.
 */
export function namesStream(journalStream: string | undefined, stat: StreamIdentity): boolean {
  const match = /^(\d+):(\d+)$/.exec(journalStream ?? '');
  if (match?.[1] === undefined || match[2] === undefined) return false;
  return BigInt(match[1]) === stat.dev && BigInt(match[2]) === stat.ino;
}

/** Whether fd is the journal stream JOURNAL_STREAM names; no fstat at all when it is unset. */
export function writesToJournal(journalStream: string | undefined, fd: number): boolean {
  if (journalStream === undefined) return false;
  try {
    return namesStream(journalStream, fstatSync(fd, { bigint: true }));
  } catch {
    // A closed or invalid descriptor is not the journal.
    return false;
  }
}

/** The descriptor a stream writes to, if it has one (process.stderr, a pino destination); a test's stream has none. */
export function fdOf(stream: NodeJS.WritableStream): number | undefined {
  const fd = (stream as { fd?: unknown }).fd;
  return typeof fd === 'number' && fd >= 0 ? fd : undefined;
}

interface JournalDestination extends DestinationStream {
  [pino.symbols.needsMetadataGsym]: true;
  /** Set by pino before each write. */
  lastLevel: number;
  flush(callback: (err?: Error) => void): void;
}

/**
 * A pino destination writing each line to target after its priority. With
 * the documented `Symbol.for('pino.metadata')` flag pino sets `lastLevel`
 * before each write, so one stream serves every level: cheaper than a
 * multistream of one stream per level, which does the same and then loops.
 */
export function journalDestination(target: DestinationStream): DestinationStream {
  const destination: JournalDestination = {
    [pino.symbols.needsMetadataGsym]: true,
    lastLevel: 0,
    write(line: string): void {
      target.write((PREFIX_OF_LEVEL.get(this.lastLevel) ?? '') + line);
    },
    // logger.flush() calls this when present: without it a buffered target would never be flushed.
    flush(callback: (err?: Error) => void): void {
      const flushable = target as { flush?: (cb: (err?: Error) => void) => void };
      if (typeof flushable.flush === 'function') flushable.flush(callback);
      else callback();
    },
  };
  return destination;
}
