import { setTimeout as sleep } from 'node:timers/promises';

const TICK_MS = 1000;
const PRUNE_EVERY_MS = 600_000;

export interface MainLoopParts {
  /** The MariaDB health check; bounded by its own timeout. */
  check(): Promise<void>;
  serving(): boolean;
  /** One slice of pruning; says whether more is left. */
  prune(): Promise<{ more: boolean }>;
  watchdog(): void;
  /** Failures of a prune: logged, never fatal. */
  pruneFailed(err: unknown): void;
  /** Milliseconds between health checks. */
  checkEveryMs: number;
  tickMs?: number;
  now?: () => number;
}

/**
 * sf-database's main loop: WATCHDOG=1 every tick, the MariaDB health check
 * every checkEveryMs, and idempotency key pruning. A prune runs beside the
 * loop, one at a time: it waits for a pool connection (which a busy tier
 * may not free for a long while) and for the rows' locks, and a loop held
 * up by it would stop pinging the watchdog and get a healthy process
 * killed. stop() ends the loop and waits for a prune in flight, so the pool
 * can then be closed under nothing.
 */
export class MainLoop {
  private running = true;
  private pruning: Promise<void> | undefined;
  private done: Promise<void> | undefined;

  constructor(private readonly parts: MainLoopParts) {}

  start(): Promise<void> {
    this.done ??= this.run();
    return this.done;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.done;
    await this.pruning;
  }

  private async run(): Promise<void> {
    const { parts } = this;
    const now = parts.now ?? Date.now;
    let nextCheck = now() + parts.checkEveryMs;
    let nextPrune = now() + PRUNE_EVERY_MS;
    while (this.running) {
      await sleep(parts.tickMs ?? TICK_MS);
      if (!this.running) break;
      parts.watchdog();
      if (now() >= nextCheck) {
        nextCheck = now() + parts.checkEveryMs;
        await parts.check();
        if (!this.running) break;
      }
      if (this.pruning === undefined && now() >= nextPrune && parts.serving()) {
        this.pruning = parts.prune().then(
          ({ more }) => {
            nextPrune = more ? now() : now() + PRUNE_EVERY_MS;
          },
          (err: unknown) => {
            parts.pruneFailed(err);
            nextPrune = now() + PRUNE_EVERY_MS;
          },
        ).finally(() => {
          this.pruning = undefined;
        });
      }
    }
  }
}
