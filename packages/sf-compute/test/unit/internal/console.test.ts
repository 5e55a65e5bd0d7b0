import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HostFileError } from '../../../src/errors.js';
import { consoleRange, readConsole, truncateConsole } from '../../../src/internal/console.js';

describe('console log reads', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sf-compute-console-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('computes ranges from the start, from the end, and clamps to the log', () => {
    assert.deepEqual(consoleRange(100, 0, -1), { start: 0, end: 100 });
    assert.deepEqual(consoleRange(100, 10, 5), { start: 10, end: 15 });
    assert.deepEqual(consoleRange(100, -30, -1), { start: 70, end: 100 });
    assert.deepEqual(consoleRange(100, -300, 10), { start: 0, end: 10 });
    assert.deepEqual(consoleRange(100, 500, 10), { start: 100, end: 100 });
    assert.throws(() => consoleRange(100, 0, -2), /length must be an integer/);
    assert.throws(() => consoleRange(100, 0.5, 1), /offset must be an integer/);
  });

  it('reads a slice, reads a missing log as empty, and truncates', async () => {
    const path = join(dir, 'console.log');
    assert.deepEqual(await readConsole(path, 0, -1), { data: Buffer.alloc(0), offset: 0, size: 0 });
    await writeFile(path, 'hello serial world');
    const read = await readConsole(path, 6, 6);
    assert.equal(read.data.toString(), 'serial');
    assert.equal(read.size, 18);
    assert.equal((await readConsole(path, -5, -1)).data.toString(), 'world');
    await truncateConsole(path);
    assert.equal((await readConsole(path, 0, -1)).size, 0);
    await truncateConsole(join(dir, 'missing.log'));
  });

  it('a log that cannot be read or truncated is a HostFileError naming it', async () => {
    // A folder where the log should be: open succeeds, read and truncate fail with EISDIR.
    const path = join(dir, 'folder.log');
    await mkdir(path);
    const named = (err: Error & { code?: string; details?: Record<string, unknown> }) => {
      assert.ok(err instanceof HostFileError, `got ${err.name}: ${err.message}`);
      assert.equal(err.code, 'SF_ERR_INTERNAL_HOST_FILE');
      assert.deepEqual(err.details, { path });
      assert.match(err.message, /EISDIR/);
      return true;
    };
    await assert.rejects(readConsole(path, 0, -1), named);
    await assert.rejects(truncateConsole(path), named);
  });
});
