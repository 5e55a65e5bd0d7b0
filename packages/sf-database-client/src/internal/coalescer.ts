/**
 * Coalescing of concurrent independent calls: requests made in the same turn
 * of the event loop leave as one batched call when there are several (each
 * still gets its own result or error) and as the plain call when alone.
 * Unlike Batcher it neither keys nor de-duplicates: two equal requests are
 * two calls.
 */
export class Coalescer<Req, Res> {
  private pending: Array<{ request: Req; resolve(value: Res): void; reject(err: unknown): void }> = [];

  constructor(
    private readonly maxBatch: number,
    private readonly one: (request: Req) => Promise<Res>,
    private readonly many: (requests: Req[]) => Promise<Array<Res | Error>>,
  ) {}

  call(request: Req): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.flush());
      this.pending.push({ request, resolve, reject });
    });
  }

  private flush(): void {
    const waiting = this.pending;
    this.pending = [];
    for (let i = 0; i < waiting.length; i += this.maxBatch) {
      const slice = waiting.slice(i, i + this.maxBatch);
      const [only] = slice;
      if (slice.length === 1 && only !== undefined) {
        this.one(only.request).then(only.resolve, only.reject);
        continue;
      }
      this.many(slice.map((w) => w.request)).then(
        (results) =>
          slice.forEach((w, index) => {
            const result = results[index];
            if (result === undefined) w.reject(new Error('batched reply is missing an item'));
            else if (result instanceof Error) w.reject(result);
            else w.resolve(result);
          }),
        (err: unknown) => slice.forEach((w) => w.reject(err)),
      );
    }
  }
}
