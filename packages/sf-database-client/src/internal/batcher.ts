import { InternalError } from '@sf/common';

interface Waiter<T> {
  key: string;
  resolve(value: T): void;
  reject(err: unknown): void;
}

/** What one batched call returns: a value or an error for each key asked. */
export type BatchResult<T> = Map<string, T | Error>;

/**
 * DataLoader-style coalescing of concurrent reads: keys asked in the same
 * turn of the event loop (per group, e.g. per namespace) leave as one call
 * when there are several, and as the plain single call when there is one.
 * Under load this turns N unary calls, each with its own HTTP/2 stream and
 * framing on both sides, into one call and one indexed SQL query; a lone
 * caller pays nothing extra. Each waiter still gets its own value or error.
 */
export class Batcher<T> {
  private groups = new Map<string, Array<Waiter<T>>>();
  private scheduled = false;

  constructor(
    private readonly maxBatch: number,
    private readonly one: (group: string, key: string) => Promise<T>,
    private readonly many: (group: string, keys: string[]) => Promise<BatchResult<T>>,
    private readonly normalise: (key: string) => string,
  ) {}

  load(group: string, key: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let waiters = this.groups.get(group);
      if (waiters === undefined) {
        waiters = [];
        this.groups.set(group, waiters);
      }
      waiters.push({ key, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const groups = this.groups;
    this.groups = new Map();
    for (const [group, waiters] of groups) {
      for (let i = 0; i < waiters.length; i += this.maxBatch) this.dispatch(group, waiters.slice(i, i + this.maxBatch));
    }
  }

  private dispatch(group: string, waiters: Array<Waiter<T>>): void {
    const [only] = waiters;
    if (waiters.length === 1 && only !== undefined) {
      this.one(group, only.key).then(only.resolve, only.reject);
      return;
    }
    const keys = [...new Set(waiters.map((w) => w.key))];
    this.many(group, keys).then(
      (results) => {
        for (const w of waiters) {
          const result = results.get(this.normalise(w.key)) ?? results.get(w.key);
          if (result === undefined) w.reject(new InternalError(`batched reply has no entry for ${w.key}`));
          else if (result instanceof Error) w.reject(result);
          else w.resolve(result);
        }
      },
      (err: unknown) => {
        for (const w of waiters) w.reject(err);
      },
    );
  }
}
