import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, fstatSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('../support/journal-child.js', import.meta.url));
const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];

interface Written {
  /** What each line of the child's stdout and stderr started with: its `<N>`, or '' for none, by level. */
  stdout: Record<string, string>;
  stderr: Record<string, string>;
}

/** The prefix of each test line of a file, by the level it was written at; every line must be JSON after it. */
function prefixes(file: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l !== '')) {
    const match = /^(<\d>)?(\{.*\})$/.exec(line);
    assert.ok(match?.[2] !== undefined, `not a log line: ${line}`);
    const entry = JSON.parse(match[2]) as { msg: string; written_at?: string };
    if (entry.msg === 'journal test line' && entry.written_at !== undefined) found[entry.written_at] = match[1] ?? '';
  }
  assert.deepEqual(Object.keys(found), LEVELS);
  return found;
}

const byLevel = (prefix: (level: string) => string): Record<string, string> => Object.fromEntries(LEVELS.map((level) => [level, prefix(level)]));
const NONE = byLevel(() => '');
const PRIORITIES = { trace: '<7>', debug: '<7>', info: '<6>', warn: '<4>', error: '<3>', fatal: '<2>' };

describe('daemon logs under systemd', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sf-log-'));
    writeFileSync(join(dir, 'config.json'), '{}');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the child with stdout and stderr in files; journalOn names which of them JOURNAL_STREAM points at. */
  async function run(journalOn?: 'stdout' | 'stderr'): Promise<Written> {
    const { files } = await runChild(0, journalOn);
    return { stdout: prefixes(files.stdout), stderr: prefixes(files.stderr) };
  }

  /** The child run to its exit, which must be `expectedCode`; extraEnv on top of its configuration. */
  async function runChild(expectedCode: number, journalOn?: 'stdout' | 'stderr', extraEnv: Record<string, string> = {}, args: string[] = []): Promise<{ files: { stdout: string; stderr: string } }> {
    const files = { stdout: join(dir, 'stdout'), stderr: join(dir, 'stderr') };
    const fds = { stdout: openSync(files.stdout, 'w'), stderr: openSync(files.stderr, 'w') };
    try {
      const env: Record<string, string> = { SHAKENFIST_CONFIG_FILE: join(dir, 'config.json'), SHAKENFIST_LOG_LEVEL: 'trace', ...extraEnv };
      if (journalOn !== undefined) {
        const stat = fstatSync(fds[journalOn], { bigint: true });
        env['JOURNAL_STREAM'] = `${stat.dev}:${stat.ino}`;
      }
      const child = spawn(process.execPath, [CHILD, ...args], { env, stdio: ['ignore', fds.stdout, fds.stderr] });
      const [code] = (await once(child, 'exit')) as [number | null];
      assert.equal(code, expectedCode, readFileSync(files.stderr, 'utf8'));
    } finally {
      closeSync(fds.stdout);
      closeSync(fds.stderr);
    }
    return { files };
  }

  it("prefixes each line with its syslog priority when stdout is the journal's stream", async () => {
    assert.deepEqual(await run('stdout'), { stdout: PRIORITIES, stderr: NONE });
  });

  it('prefixes the lines of a logger writing to stderr only when stderr is the stream', async () => {
    assert.deepEqual(await run('stderr'), { stdout: NONE, stderr: PRIORITIES });
  });

  it("files a refused start's message at the err priority when stderr is the journal's stream, and plainly otherwise", async () => {
    const refused = { SHAKENFIST_LOG_LEVEL: 'loud' };
    for (const [journalOn, prefix] of [['stderr', '<3>'], ['stdout', ''], [undefined, '']] as const) {
      const { files } = await runChild(1, journalOn, refused);
      const lines = readFileSync(files.stderr, 'utf8').split('\n').filter((line) => line !== '');
      assert.ok(lines.length > 0);
      assert.ok(lines[0]?.startsWith(`${prefix}sf-journal-test: `), lines[0]);
      assert.ok(lines.every((line) => line.startsWith(prefix) && !line.slice(prefix.length).startsWith('<')), lines.join('\n'));
      assert.equal(readFileSync(files.stdout, 'utf8'), '');
    }
  });

  it('reports an exception nothing caught at the err priority too, every line of its stack, and exits 1', async () => {
    const { files } = await runChild(1, 'stderr', {}, ['--crash']);
    const report = readFileSync(files.stderr, 'utf8').split('\n').filter((line) => line !== '' && !line.slice(3).startsWith('{'));
    assert.ok(report[0]?.startsWith('<3>sf-journal-test: Error: nothing caught this'), report.join('\n'));
    assert.ok(report.length > 1 && report.every((line) => line.startsWith('<3>')), report.join('\n'));
  });

  it('writes plain JSON lines without JOURNAL_STREAM', async () => {
    assert.deepEqual(await run(), { stdout: NONE, stderr: NONE });
  });
});
