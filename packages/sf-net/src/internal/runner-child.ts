import { execa, getEachMessage, sendMessage } from 'execa';
import type { RunReply, RunRequest } from './runner.js';

/**
 * The command runner's helper process (see CommandRunner): runs each
 * command it is sent, concurrently, and answers with its outcome. It ends
 * when its parent disconnects, so it never outlives the dataplane.
 */
async function serve(request: RunRequest): Promise<void> {
  const reply: RunReply = await execa(request.file, request.args, { reject: false }).then(
    (result) => ({ id: request.id, exitCode: result.exitCode ?? null, stdout: result.stdout, stderr: result.stderr, ...(result.exitCode === 0 ? {} : { error: result.shortMessage }) }),
    (err: unknown) => ({ id: request.id, exitCode: null, stdout: '', stderr: '', error: err instanceof Error ? err.message : String(err) }),
  );
  await sendMessage(reply);
}

for await (const message of getEachMessage()) void serve(message as RunRequest);
