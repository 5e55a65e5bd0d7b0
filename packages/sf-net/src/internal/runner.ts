import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { execaNode, type ResultPromise } from 'execa';

export interface RunRequest {
  id: number;
  file: string;
  args: string[];
  /** The named network namespace to start it in; the helper's own when absent. */
  netns?: string;
  /** Its standard input, as an in-memory file (see command-outcome.ts); /dev/null when absent. */
  input?: string;
  /** The helper sends SIGTERM after this long, and SIGKILL as long again later. */
  timeoutMs: number;
}

/**
 * Longest run of one command (nft, dnsmasq's start). A command that hangs
 * would otherwise hold the Dataplane, whose calls run one at a time, for ever.
 */
export const COMMAND_TIMEOUT_MS = 30_000;

/**
 * A command is killed by its helper after at most twice its timeout; a helper
 * that has not answered by three times it is stuck itself, and is replaced.
 */
const HELPER_DEADLINE_FACTOR = 3;

export interface RunResult {
  /** null when the command did not run to an exit (not found, killed by a signal). */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** Why it did not exit normally, when it did not. */
  error?: string;
}

export type RunReply = RunResult & { id: number };

type Waiter = { resolve: (result: RunResult) => void; reject: (err: Error) => void; timer: NodeJS.Timeout };

/**
 * The parent's Node flags are not the helper's: an --inspect port, a
 * --require hook or an -e script must not be inherited, from the command
 * line or from NODE_OPTIONS.
 */
const HELPER_OPTIONS = {
  nodeOptions: [],
  env: { NODE_OPTIONS: '' },
  ipc: true,
  stdin: 'ignore',
  stdout: 'ignore',
  stderr: 'pipe',
  buffer: false,
  reject: false,
} as const;

type HelperProcess = ResultPromise<typeof HELPER_OPTIONS>;

const CHILD = fileURLToPath(new URL('./runner-child.js', import.meta.url));
/** Lines of the helper's stderr kept for the reason it ended. */
const STDERR_KEPT = 5;

/** One helper process and the commands it has been sent; ended once, by whichever end comes first. */
class Helper {
  readonly pending = new Map<number, Waiter>();
  /** Its last lines on stderr, for the reason it ended. */
  readonly stderr: string[] = [];
  private ended = false;

  constructor(
    readonly process: HelperProcess,
    private readonly onEnd: (helper: Helper) => void,
  ) {}

  /** A helper that failed to spawn is a placeholder without IPC methods (execa's early error). */
  get usable(): boolean {
    return !this.ended && typeof this.process.sendMessage === 'function' && this.process.connected;
  }

  send(id: number, request: RunRequest, waiter: Waiter): void {
    this.pending.set(id, waiter);
    this.process.channel?.ref();
    try {
      this.process.sendMessage(request).catch((err: unknown) => this.end(`sending a command failed: ${String(err)}`));
    } catch (err) {
      this.end(`sending a command failed: ${String(err)}`);
    }
  }

  settle(id: number, result: RunResult): void {
    const waiter = this.pending.get(id);
    if (waiter === undefined) return;
    this.pending.delete(id);
    clearTimeout(waiter.timer);
    waiter.resolve(result);
    if (this.pending.size === 0) this.process.channel?.unref();
  }

  /** Fails what it still had, kills it if it lingers, and tells the runner it is gone. */
  end(why: string): void {
    if (this.ended) return;
    this.ended = true;
    const said = this.stderr.length === 0 ? '' : ` (it wrote: ${this.stderr.join(' | ')})`;
    const err = new Error(`command runner ${why}${said}`);
    for (const waiter of this.pending.values()) {
      clearTimeout(waiter.timer);
      waiter.reject(err);
    }
    this.pending.clear();
    this.process.kill();
    this.onEnd(this);
  }
}

/**
 * Runs the dataplane's commands (nft, dnsmasq) by execa in a small helper
 * process of its own. A fork copies the page tables of the process that
 * makes it and blocks its event loop meanwhile: from the bench process
 * (about 140 MB resident) 5 ms a command here, from a bare Node process
 * under 2 ms, and then on the helper's thread, not the daemon's. The
 * helper starts with the first command and again after it died (the
 * commands it had fail); it exits with its parent, and an idle one does
 * not keep the parent alive.
 */
export class CommandRunner {
  private helper: Helper | undefined;
  private closed = false;
  private nextId = 1;

  /**
   * `onStderr` gets each line the helper writes (a daemon logs them, so its
   * log stays structured); `script` is the helper's entry point and
   * `timeoutMs` each command's limit, both of which tests change.
   */
  constructor(private readonly options: { onStderr?: (line: string) => void; script?: string; timeoutMs?: number } = {}) {}

  /**
   * Runs `file`, inside the named network namespace `netns` when given: the
   * helper's thread enters it just for the spawn (see command-outcome.ts),
   * so no `nsenter` is exec'd in front of each command. `input` is its
   * stdin; without it, stdin is /dev/null.
   */
  run(file: string, args: string[], options: { netns?: string; input?: string } = {}): Promise<RunResult> {
    if (this.closed) return Promise.reject(new Error('command runner is closed'));
    const helper = this.helper?.usable === true ? this.helper : this.start();
    const id = this.nextId++;
    const timeoutMs = this.options.timeoutMs ?? COMMAND_TIMEOUT_MS;
    return new Promise<RunResult>((resolve, reject) => {
      if (!helper.usable) {
        reject(new Error('command runner could not start its helper process'));
        return;
      }
      const timer = setTimeout(() => helper.end(`did not answer ${file} within ${timeoutMs * HELPER_DEADLINE_FACTOR} ms`), timeoutMs * HELPER_DEADLINE_FACTOR);
      helper.send(id, { ...options, id, file, args, timeoutMs }, { resolve, reject, timer });
    });
  }

  /** Ends the helper; commands still out fail, and later ones are refused. */
  close(): void {
    this.closed = true;
    this.helper?.end('closed');
  }

  private start(): Helper {
    this.helper?.end('replaced');
    const helper = new Helper(execaNode(this.options.script ?? CHILD, [], HELPER_OPTIONS), (gone) => {
      if (this.helper === gone) this.helper = undefined;
    });
    this.helper = helper;
    const proc = helper.process;
    createInterface({ input: proc.stderr }).on('line', (line) => {
      helper.stderr.push(line);
      if (helper.stderr.length > STDERR_KEPT) helper.stderr.shift();
      this.options.onStderr?.(line);
    });
    void proc.then((result) => helper.end(`exited: ${result.message || result.signal || String(result.exitCode)}`));
    if (typeof proc.getEachMessage !== 'function') return helper;
    void this.listen(helper).then(
      () => helper.end('disconnected'),
      (err: unknown) => helper.end(`stopped answering: ${String(err)}`),
    );
    proc.unref();
    proc.channel?.unref();
    (proc.stderr as { unref?: () => void }).unref?.();
    return helper;
  }

  private async listen(helper: Helper): Promise<void> {
    // Not a reference: an idle helper must not keep the daemon alive; a pending command refs the channel.
    for await (const message of helper.process.getEachMessage({ reference: false })) {
      const { id, ...result } = message as RunReply;
      helper.settle(id, result);
    }
  }
}
