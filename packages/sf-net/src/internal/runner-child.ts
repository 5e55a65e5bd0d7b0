import { execa, getEachMessage, sendMessage } from 'execa';
import type { RunReply, RunRequest } from './runner.js';

/**
 * One command's outcome; a command execa refuses outright (a NUL byte in an
 * argument) is one too, and so is one killed at its timeout (SIGTERM, then
 * SIGKILL as long again later for one that ignores it).
 */
async function outcome(request: RunRequest): Promise<RunReply> {
  try {
    const result = await execa(request.file, request.args, { reject: false, timeout: request.timeoutMs, forceKillAfterDelay: request.timeoutMs });
    return { id: request.id, exitCode: result.exitCode ?? null, stdout: result.stdout, stderr: result.stderr, ...(result.exitCode === 0 ? {} : { error: result.shortMessage }) };
  } catch (err) {
    return { id: request.id, exitCode: null, stdout: '', stderr: '', error: err instanceof Error ? err.message : String(err) };
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
