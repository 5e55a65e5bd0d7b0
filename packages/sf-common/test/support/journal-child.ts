import { journalStream } from '../../src/config/load.js';
import { startDaemon } from '../../src/daemon/start.js';
import { createLogger } from '../../src/log.js';

/**
 * Run by test/unit/log.test.ts as a child process: a daemon's logger (stdout,
 * from startDaemon) and a command-line tool's (stderr) each write one line per
 * level, so the test can read which got the journal's priority prefix.
 */
const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;

const { log } = startDaemon('sf-journal-test');
const toolLog = createLogger({ name: 'sf-journal-test-tool', level: 'trace', destination: process.stderr, journalStream: journalStream() });
for (const level of LEVELS) {
  log[level]({ written_at: level }, 'journal test line');
  toolLog[level]({ written_at: level }, 'journal test line');
}
