import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HostFileError } from '../../../src/errors.js';
import { exists, publish } from '../../../src/internal/files.js';

describe('state files: existence and publishing', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sf-compute-files-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('only a missing path is absent; a path that cannot be stat-ed is an error, not absent', async () => {
    await writeFile(join(dir, 'there'), 'x');
    assert.equal(await exists(join(dir, 'there')), true);
    assert.equal(await exists(join(dir, 'missing')), false);
    await symlink('loop', join(dir, 'loop'));
    await assert.rejects(exists(join(dir, 'loop')), (err: Error & { code?: string }) => {
      assert.ok(err instanceof HostFileError);
      assert.equal(err.code, 'SF_ERR_INTERNAL_HOST_FILE');
      assert.match(err.message, /cannot tell whether .*loop exists: ELOOP/);
      return true;
    });
  });

  it('publish gives a partial file its name, and never replaces a file already there', async () => {
    const path = join(dir, 'disk-0.qcow2');
    await writeFile(`${path}.partial`, 'first');
    await publish(`${path}.partial`, path);
    assert.equal(await readFile(path, 'utf8'), 'first');
    assert.equal(await exists(`${path}.partial`), false);
    await writeFile(`${path}.partial`, 'second');
    await assert.rejects(publish(`${path}.partial`, path), (err: Error & { code?: string }) => {
      assert.ok(err instanceof HostFileError);
      assert.match(err.message, /cannot publish .*disk-0\.qcow2: it appeared while it was being built, and is kept/);
      return true;
    });
    assert.equal(await readFile(path, 'utf8'), 'first');
  });
});
