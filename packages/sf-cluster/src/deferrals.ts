import { monotonic, type Clock } from './clock.js';

/**
 * Objects a job will not ask about again until a time: one found held or
 * waiting costs a call per pass otherwise, and enough of them would take
 * every pass's budget before the others were reached.
 */
export class Deferrals {
  private readonly until = new Map<string, number>();

  constructor(private readonly now: Clock = monotonic) {}

  defer(key: string, forMs: number): void {
    this.until.set(key, this.now() + forMs);
  }

  has(key: string): boolean {
    return (this.until.get(key) ?? -Infinity) > this.now();
  }

  /** Forgets what is due again, so the map holds only what is deferred now. */
  prune(): void {
    const now = this.now();
    for (const [key, at] of this.until) if (at <= now) this.until.delete(key);
  }
}
