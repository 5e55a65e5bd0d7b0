/**
 * At most one pass per key per interval, for work anyone can ask for
 * without cost to themselves (recording a refusal that cost no hash). The
 * keys are meant to be few; past maxKeys the map is emptied rather than
 * searched for stale entries, so a stream of new keys costs a burst of
 * passes, never memory.
 */
export class Throttle {
  private readonly passed = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly maxKeys: number,
  ) {}

  /** True when the key may pass now (its interval then starts again); false while its last pass is recent. */
  due(key: string, now = Date.now()): boolean {
    const last = this.passed.get(key);
    if (last !== undefined && last > now - this.intervalMs) return false;
    if (this.passed.size >= this.maxKeys) this.passed.clear();
    this.passed.set(key, now);
    return true;
  }
}
