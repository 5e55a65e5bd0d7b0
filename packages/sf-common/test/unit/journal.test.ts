import assert from 'node:assert/strict';
import { closeSync, fstatSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { fdOf, journalDestination, namesStream, syslogPriority, writesToJournal } from '../../src/journal.js';

/** JOURNAL_STREAM as systemd writes it for the file open on fd. */
function journalStreamOf(fd: number): string {
  const stat = fstatSync(fd, { bigint: true });
  return `${stat.dev}:${stat.ino}`;
}

describe('journal priorities', () => {
  it('maps each pino level to its syslog priority', () => {
    const expected = { trace: 7, debug: 7, info: 6, warn: 4, error: 3, fatal: 2 };
    for (const [label, priority] of Object.entries(expected)) {
      assert.equal(syslogPriority(pino.levels.values[label] ?? NaN), priority, label);
    }
  });

  it('has no priority for a level pino does not define', () => {
    assert.equal(syslogPriority(35), undefined);
  });

  it('prefixes each line with the priority of the level it was written at', () => {
    const lines: string[] = [];
    const log = pino({ level: 'trace' }, journalDestination({ write: (line: string) => lines.push(line) }));
    log.trace('t');
    log.debug('d');
    log.info('i');
    log.warn('w');
    log.error('e');
    log.fatal('f');
    assert.deepEqual(lines.map((line) => line.slice(0, 3)), ['<7>', '<7>', '<6>', '<4>', '<3>', '<2>']);
    assert.deepEqual(lines.map((line) => (JSON.parse(line.slice(3)) as { msg: string }).msg), ['t', 'd', 'i', 'w', 'e', 'f']);
  });

  it('flushes the target when the logger is flushed', (done) => {
    let flushed = false;
    const target = { write: () => undefined, flush: (cb: () => void) => { flushed = true; cb(); } };
    pino({}, journalDestination(target)).flush(() => {
      assert.ok(flushed);
      done();
    });
  });
});

describe('journal stream detection', () => {
  let dir: string;
  let fd: number;
  let otherFd: number;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sf-journal-'));
    fd = openSync(join(dir, 'stream'), 'w');
    otherFd = openSync(join(dir, 'other'), 'w');
  });
  afterEach(() => {
    closeSync(fd);
    closeSync(otherFd);
    rmSync(dir, { recursive: true, force: true });
  });

  it('matches JOURNAL_STREAM against the device and inode of a real file', () => {
    const stat = fstatSync(fd, { bigint: true });
    assert.equal(namesStream(journalStreamOf(fd), stat), true);
    assert.equal(namesStream(journalStreamOf(otherFd), stat), false);
  });

  it('matches nothing when JOURNAL_STREAM is unset or malformed', () => {
    const stat = fstatSync(fd, { bigint: true });
    const good = journalStreamOf(fd);
    for (const value of [undefined, '', good.replace(':', ' '), `${good}:1`, ` ${good}`, `${good}x`, good.split(':')[0]]) {
      assert.equal(namesStream(value, stat), false, String(value));
    }
  });

  it('checks the descriptor actually written to', () => {
    assert.equal(writesToJournal(journalStreamOf(fd), fd), true);
    assert.equal(writesToJournal(journalStreamOf(fd), otherFd), false);
    assert.equal(writesToJournal(undefined, fd), false);
  });

  it('takes a closed descriptor for no journal', () => {
    const stream = journalStreamOf(otherFd);
    const closed = openSync(join(dir, 'closed'), 'w');
    closeSync(closed);
    assert.equal(writesToJournal(stream, closed), false);
  });

  it("knows a stream's descriptor only when it has one", () => {
    assert.equal(fdOf(process.stderr), 2);
    assert.equal(fdOf(new Writable({ write: (_c, _e, cb) => cb() })), undefined);
  });
});
