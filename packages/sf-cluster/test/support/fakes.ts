import { createLogger, type Logger } from '@sf/common';
import type { JobRun } from '../../src/job-run.js';
import { WorkStopped } from '../../src/work-stopped.js';

export interface LogRecord {
  level: string;
  msg: string;
  [field: string]: unknown;
}

/** A logger whose lines are kept, parsed, in the order written. */
export function capturingLog(): { log: Logger; records: LogRecord[]; messages: () => string[] } {
  const records: LogRecord[] = [];
  const destination = { write: (line: string) => records.push(JSON.parse(line) as LogRecord) };
  const log = createLogger({ name: 'test', level: 'debug', destination: destination as unknown as NodeJS.WritableStream });
  return { log, records, messages: () => records.map((r) => r.msg) };
}

/** A job's run as a test drives it: a budget of items, and a lease the test can take away. */
export class FakeRun implements JobRun {
  readonly log: Logger;
  readonly records: LogRecord[];
  items = 0;
  leading = true;

  constructor(private readonly budget = Infinity) {
    const captured = capturingLog();
    this.log = captured.log;
    this.records = captured.records;
  }

  next(): Promise<boolean> {
    if (!this.leading || this.items >= this.budget) return Promise.resolve(false);
    this.items += 1;
    return Promise.resolve(true);
  }

  assertLeading(): void {
    if (!this.leading) throw new WorkStopped('lease');
  }

  pulses = 0;

  pulse(): void {
    this.pulses += 1;
  }

  itemFailures = 0;

  itemFailed(): void {
    this.itemFailures += 1;
  }

  /** The records of one message, for the assertions. */
  logged(msg: string): LogRecord[] {
    return this.records.filter((r) => r.msg === msg);
  }
}
