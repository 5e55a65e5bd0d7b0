import { journalStream } from '../../src/config/load.js';
import { startDaemon } from '../../src/daemon/start.js';
import { createLogger } from '../../src/log.js';

/**
 * Run by test/unit/log.test.ts as a child process: a daemon's logger (stdout,
 * from startDaemon) and a command-line tool's (stderr) each write one line per
 * level, so the test can read which got the journal's priority prefix; with
 * `--crash` it then fails with nothing to catch it.
 */
const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;

const { log } = startDaemon('sf-journal-test');
const toolLog = createLogger({ name: 'sf-journal-test-tool', level: 'trace', destination: process.stderr, journalStream: journalStream() });
for (const level of LEVELS) {
  log[level]({ written_at: level }, 'journal test line');
  toolLog[level]({ written_at: level }, 'journal test line');
}
// A daemon's failure nothing catches, as a rejected top-level await.
if (process.argv.includes('--crash')) await Promise.reject(new Error('nothing caught this'));
