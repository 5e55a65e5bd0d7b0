import { getEachMessage, sendMessage } from 'execa';
import { outcome } from './command-outcome.js';
import type { RunRequest } from './runner.js';

/** A helper whose descriptors can no longer be trusted ends; the runner fails what it had, with this line, and starts another. */
function fail(err: unknown): never {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
}

/** Runs one command and answers with its outcome, then ends the helper if closing its input failed. */
async function answer(request: RunRequest): Promise<void> {
  const { reply, closeFailure } = await outcome(request);
  await sendMessage(reply).catch(() => undefined);
  if (closeFailure !== undefined) fail(closeFailure);
}

/**
 * The command runner's helper process (see CommandRunner): runs each
 * command it is sent, concurrently, and answers with its outcome. It ends
 * when its parent disconnects, so it never outlives the dataplane. A reply
 * that cannot be sent (the parent went) has nobody to tell.
 */
for await (const message of getEachMessage()) {
  void answer(message as RunRequest).catch(fail);
}
