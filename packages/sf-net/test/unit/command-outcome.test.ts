import assert from 'node:assert/strict';
import { closeSync, readdirSync, readlinkSync } from 'node:fs';
import { outcome } from '../../src/internal/command-outcome.js';

/** This process's descriptors of in-memory stdin files (named in native/memfd.c). */
function openStdinFiles(): number[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).startsWith('/memfd:sf-net-stdin') ? [Number(fd)] : [];
    } catch {
      // Closed between the listing and the read: the listing's own directory fd, for one.
      return [];
    }
  });
}

describe("a command's outcome (as the runner's helper makes it)", () => {
  it('control: the in-memory file that held its input is closed once the command is done', async () => {
    const before = openStdinFiles();
    assert.deepEqual(await outcome({ id: 1, file: 'cat', args: [], input: 'in', timeoutMs: 10_000 }), { reply: { id: 1, exitCode: 0, stdout: 'in', stderr: '' } });
    assert.deepEqual(openStdinFiles(), before);
  });

  it('a close that fails is not swallowed: EBADF shows the file was closed twice, and the second close could have taken another command\'s; the reply is kept', async () => {
    const before = new Set(openStdinFiles());
    const pending = outcome({ id: 2, file: 'true', args: [], input: 'in', timeoutMs: 10_000 });
    const [fd] = openStdinFiles().filter((f) => !before.has(f));
    closeSync(fd ?? assert.fail('the command was given no in-memory file'));
    const { reply, closeFailure } = await pending;
    assert.deepEqual(reply, { id: 2, exitCode: 0, stdout: '', stderr: '' }, 'the command ran: its outcome is still told');
    assert.match(String(closeFailure), /EBADF/);
  });
});
