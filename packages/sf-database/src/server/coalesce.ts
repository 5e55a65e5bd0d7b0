interface Waiter<V> {
  resolve(value: V | undefined): void;
  reject(err: unknown): void;
}

/**
 * Server-side coalescing of concurrent reads by key: keys asked in the same
 * turn of the event loop are fetched with one query (in chunks of
 * maxBatch). Under load this trades N prepared-statement round trips for
 * one; a lone read waits only for the end of the current turn.
 */
export class Coalescer<V> {
  private pending = new Map<string, Array<Waiter<V>>>();
  private scheduled = false;

  constructor(
    private readonly maxBatch: number,
    private readonly fetch: (keys: string[]) => Promise<Map<string, V>>,
  ) {}

  /** The value for key, or undefined when there is none. */
  load(key: string): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      const waiters = this.pending.get(key);
      if (waiters === undefined) this.pending.set(key, [{ resolve, reject }]);
      else waiters.push({ resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const pending = this.pending;
    this.pending = new Map();
    const keys = [...pending.keys()];
    for (let i = 0; i < keys.length; i += this.maxBatch) {
      const chunk = keys.slice(i, i + this.maxBatch);
      this.fetch(chunk).then(
        (values) => {
          for (const key of chunk) for (const w of pending.get(key) ?? []) w.resolve(values.get(key));
        },
        (err: unknown) => {
          for (const key of chunk) for (const w of pending.get(key) ?? []) w.reject(err);
        },
      );
    }
  }
}
