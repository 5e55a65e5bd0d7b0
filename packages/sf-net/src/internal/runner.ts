import { fileURLToPath } from 'node:url';
import { execaNode, type ResultPromise } from 'execa';

export interface RunRequest {
  id: number;
  file: string;
  args: string[];
}

export interface RunResult {
  /** null when the command did not run to an exit (not found, killed by a signal). */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** Why it did not exit normally, when it did not. */
  error?: string;
}

export type RunReply = RunResult & { id: number };

type Waiter = { resolve: (result: RunResult) => void; reject: (err: Error) => void };
// The parent's Node flags are not the helper's: an --inspect port or an -e script must not be inherited.
const HELPER_OPTIONS = { nodeOptions: [], ipc: true, stdin: 'ignore', stdout: 'ignore', stderr: 'inherit', buffer: false, reject: false } as const;
type Helper = ResultPromise<typeof HELPER_OPTIONS>;

const CHILD = fileURLToPath(new URL('./runner-child.js', import.meta.url));

/**
 * Runs the dataplane's commands (nft, dnsmasq) by execa in a small helper
 * process of its own. A fork copies the page tables of the process that
 * makes it and blocks its event loop meanwhile: from the bench process
 * (about 140 MB resident) 5 ms a command here, from a bare Node process
 * under 2 ms, and then on the helper's thread, not the daemon's. The
 * helper starts with the first command and again after it died (the
 * commands it had are failed); it exits with its parent.
 */
export class CommandRunner {
  private helper: Helper | undefined;
  private readonly pending = new Map<number, Waiter>();
  private nextId = 1;

  run(file: string, args: string[]): Promise<RunResult> {
    const helper = this.helper ?? this.start();
    const id = this.nextId++;
    return new Promise<RunResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      helper.channel?.ref();
      helper.sendMessage({ id, file, args } satisfies RunRequest).catch((err: unknown) => this.settle(id, (w) => w.reject(err instanceof Error ? err : new Error(String(err)))));
    });
  }

  close(): void {
    this.helper?.kill();
    this.helper = undefined;
  }

  private start(): Helper {
    const helper = execaNode(CHILD, [], HELPER_OPTIONS);
    this.helper = helper;
    void this.listen(helper);
    void helper.then((result) => {
      if (this.helper === helper) this.helper = undefined;
      const err = new Error(`command runner exited: ${result.signal ?? result.exitCode ?? 'unknown'}`);
      for (const id of [...this.pending.keys()]) this.settle(id, (w) => w.reject(err));
    });
    helper.unref();
    helper.channel?.unref();
    return helper;
  }

  private async listen(helper: Helper): Promise<void> {
    // Not a reference: an idle helper must not keep the daemon alive; pending commands ref the channel.
    for await (const message of helper.getEachMessage({ reference: false })) {
      const { id, ...result } = message as RunReply;
      this.settle(id, (w) => w.resolve(result));
    }
  }

  private settle(id: number, how: (waiter: Waiter) => void): void {
    const waiter = this.pending.get(id);
    if (waiter === undefined) return;
    this.pending.delete(id);
    how(waiter);
    if (this.pending.size === 0) this.helper?.channel?.unref();
  }
}
