import { Writable } from 'node:stream';
import { createLogger, type Logger } from '@sf/common';

export interface LogLine {
  level: string;
  msg: string;
  [field: string]: unknown;
}

/** A logger whose lines a test reads back, or waits for (a background check logs when it is done). */
export function recordingLog(): { log: Logger; lines: LogLine[]; waitFor(msg: RegExp): Promise<LogLine> } {
  const lines: LogLine[] = [];
  const waiters: Array<{ msg: RegExp; resolve(line: LogLine): void }> = [];
  const destination = new Writable({
    write: (chunk: Buffer, _encoding, callback) => {
      for (const text of chunk.toString().split('\n').filter((t) => t !== '')) {
        const line = JSON.parse(text) as LogLine;
        lines.push(line);
        for (const waiter of waiters.filter((w) => w.msg.test(line.msg))) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
      callback();
    },
  });
  return {
    log: createLogger({ name: 'sf-database-client-test', level: 'debug', destination }),
    lines,
    waitFor: (msg) => {
      const seen = lines.find((line) => msg.test(line.msg));
      return seen !== undefined ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ msg, resolve }));
    },
  };
}
