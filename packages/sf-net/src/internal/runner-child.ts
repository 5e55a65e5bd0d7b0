import { closeSync, writeSync } from 'node:fs';
import { execa, getEachMessage, sendMessage } from 'execa';
import { netnsAddon } from './native.js';
import { inNetns } from './netns.js';
import type { RunReply, RunRequest } from './runner.js';

/**
 * The command's stdin: an in-memory file holding `input`, written at offset 0
 * (the child's fd shares the file's offset, which must stay at the start),
 * or none. `nft -f -` opens /dev/stdin, which a pipe (a socket, in Node)
 * cannot be opened as.
 */
function stdinFile(input: string | undefined): number | undefined {
  if (input === undefined) return undefined;
  const fd = netnsAddon().memfdCreate();
  try {
    const bytes = Buffer.from(input);
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written, written);
    return fd;
  } catch (err) {
    closeQuietly(fd);
    throw err;
  }
}

/**
 * One command's outcome; a command execa refuses outright (a NUL byte in an
 * argument) is one too, and so is one killed at its timeout (SIGTERM, then
 * SIGKILL as long again later for one that ignores it), or one whose
 * namespace cannot be entered. execa forks before it returns, and a child
 * is born in the namespace of the thread that forks it, so the thread is
 * inside the namespace only for that call.
 */
async function outcome(request: RunRequest): Promise<RunReply> {
  let stdin: number | undefined;
  try {
    stdin = stdinFile(request.input);
    // execa hands any descriptor number to spawn as it is; its types only list 3 to 9.
    const options = { reject: false, timeout: request.timeoutMs, forceKillAfterDelay: request.timeoutMs, ...(stdin === undefined ? {} : { stdin: stdin as 3 }) };
    const result = await inNetns(request.netns, () => execa(request.file, request.args, options));
    return { id: request.id, exitCode: result.exitCode ?? null, stdout: result.stdout, stderr: result.stderr, ...(result.exitCode === 0 ? {} : { error: result.shortMessage }) };
  } catch (err) {
    return { id: request.id, exitCode: null, stdout: '', stderr: '', error: err instanceof Error ? err.message : String(err) };
  } finally {
    // The outcome is already decided; a failed close must not lose it (nor end the helper).
    if (stdin !== undefined) closeQuietly(stdin);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // The child has its own copy; ours is gone either way.
  }
}

/**
 * The command runner's helper process (see CommandRunner): runs each
 * command it is sent, concurrently, and answers with its outcome. It ends
 * when its parent disconnects, so it never outlives the dataplane. A reply
 * that cannot be sent (the parent went) has nobody to tell.
 */
for await (const message of getEachMessage()) {
  void outcome(message as RunRequest).then((reply) => sendMessage(reply).catch(() => undefined));
}
