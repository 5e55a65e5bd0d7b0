import { InternalError } from '@sf/common';

interface Waiter<Req, Res> {
  request: Req;
  resolve(value: Res): void;
  reject(err: unknown): void;
}

/**
 * Coalescing of concurrent calls: requests made in the same turn of the
 * event loop (per group, when groupOf is given) leave as one batched call
 * when there are several, in chunks of maxBatch, and as the plain call when
 * alone. Each caller still gets its own result or error. Under load this
 * turns N unary calls, each with its own HTTP/2 stream and framing on both
 * sides, into one; a lone caller pays nothing extra.
 */
export class Coalescer<Req, Res> {
  private pending = new Map<string, Array<Waiter<Req, Res>>>();
  private scheduled = false;

  constructor(
    private readonly maxBatch: number,
    private readonly one: (request: Req) => Promise<Res>,
    private readonly many: (requests: Req[]) => Promise<Array<Res | Error>>,
    private readonly groupOf: (request: Req) => string = () => '',
  ) {}

  call(request: Req): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      const group = this.groupOf(request);
      const waiters = this.pending.get(group);
      if (waiters === undefined) this.pending.set(group, [{ request, resolve, reject }]);
      else waiters.push({ request, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const groups = this.pending;
    this.pending = new Map();
    for (const waiters of groups.values()) {
      for (let i = 0; i < waiters.length; i += this.maxBatch) this.dispatch(waiters.slice(i, i + this.maxBatch));
    }
  }

  private dispatch(waiters: Array<Waiter<Req, Res>>): void {
    const [only] = waiters;
    if (waiters.length === 1 && only !== undefined) {
      this.one(only.request).then(only.resolve, only.reject);
      return;
    }
    this.many(waiters.map((w) => w.request)).then(
      (results) =>
        waiters.forEach((w, index) => {
          const result = results[index];
          if (result === undefined) w.reject(new InternalError('batched reply is missing an item'));
          else if (result instanceof Error) w.reject(result);
          else w.resolve(result);
        }),
      (err: unknown) => waiters.forEach((w) => w.reject(err)),
    );
  }
}
