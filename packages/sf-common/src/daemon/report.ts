import { journalStream } from '../config/load.js';
import { priorityPrefix, writesToJournal } from '../journal.js';

const ERR_PREFIX = priorityPrefix('error');

/**
 * Why a daemon stops, as plain text for a person: `name: message`, each line
 * after the err priority's prefix when `journal` is set, so the journal files
 * the whole message, a stack's lines too, where `journalctl -p err` finds it.
 */
export function failureText(name: string, message: string, journal: boolean): string {
  const prefix = journal ? ERR_PREFIX : '';
  return `${name}: ${message}`
    .split('\n')
    .map((line) => `${prefix}${line}\n`)
    .join('');
}

/**
 * Writes why a daemon refuses to start, or stops on a failure it cannot log
 * (before or beside its logger), to stderr; with the err priority when stderr
 * is the journal's stream.
 */
export function reportFailure(name: string, message: string): void {
  process.stderr.write(failureText(name, message.replace(/\n+$/, ''), writesToJournal(journalStream(), 2)));
}

/**
 * An exception nothing caught (a rejected top-level await included) ends the
 * daemon as Node would, exit code 1, but reported by reportFailure, so the
 * journal files it at err as well.
 */
export function reportUncaught(name: string): void {
  process.on('uncaughtException', (err: unknown) => {
    reportFailure(name, err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  });
}
