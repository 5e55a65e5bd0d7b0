import { closeSync, writeSync } from 'node:fs';
import { execa } from 'execa';
import { netnsAddon } from './native.js';
import { inNetns } from './netns.js';
import type { RunReply, RunRequest } from './runner.js';

/**
 * Writes `input` at offset 0: the child's fd shares the file's offset, which
 * must stay at the start.
 */
function fill(fd: number, input: string): void {
  const bytes = Buffer.from(input);
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written, written);
}

/**
 * One command's outcome, run by the command runner's helper (see
 * runner-child.ts). Its stdin is an in-memory file holding `input`: `nft -f -`
 * opens /dev/stdin, which a pipe (a socket, in Node) cannot be opened as.
 * Without input it is /dev/null, so a command that reads it anyway sees its
 * end at once instead of waiting on a pipe nobody writes.
 *
 * A command execa refuses outright (a NUL byte in an argument) is an outcome
 * too, and so is one killed at its timeout (SIGTERM, then SIGKILL as long
 * again later for one that ignores it), or one whose namespace cannot be
 * entered. execa forks before it returns, and a child is born in the
 * namespace of the thread that forks it, so the thread is inside the
 * namespace only for that call.
 *
 * The in-memory file is closed once the command is done. Nothing is
 * expected to fail there: EBADF means the descriptor was closed twice, and
 * the first close may have freed the number for another command's file,
 * which the second then took from it. Such a failure comes back beside the
 * reply (whose command did run), for the helper to send it and then end.
 */
export async function outcome(request: RunRequest): Promise<{ reply: RunReply; closeFailure?: unknown }> {
  let stdin: number | undefined;
  let reply: RunReply;
  try {
    if (request.input !== undefined) {
      stdin = netnsAddon().memfdCreate();
      fill(stdin, request.input);
    }
    // execa hands any descriptor number to spawn as it is; its types only list 3 to 9.
    const options = { reject: false, timeout: request.timeoutMs, forceKillAfterDelay: request.timeoutMs, stdin: stdin === undefined ? 'ignore' : (stdin as 3) } as const;
    const result = await inNetns(request.netns, () => execa(request.file, request.args, options));
    reply = { id: request.id, exitCode: result.exitCode ?? null, stdout: result.stdout, stderr: result.stderr, ...(result.exitCode === 0 ? {} : { error: result.shortMessage }) };
  } catch (err) {
    reply = { id: request.id, exitCode: null, stdout: '', stderr: '', error: err instanceof Error ? err.message : String(err) };
  }
  if (stdin === undefined) return { reply };
  try {
    closeSync(stdin);
    return { reply };
  } catch (err) {
    return { reply, closeFailure: err };
  }
}
