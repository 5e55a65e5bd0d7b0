import { InternalError } from '@sf/common';
import { Coalescer } from './coalescer.js';

/** What one batched call returns: a value or an error for each key asked. */
export type BatchResult<T> = Map<string, T | Error>;

interface Load {
  group: string;
  key: string;
}

/**
 * DataLoader-style reads over the Coalescer: keys asked in the same turn of
 * the event loop, per group (e.g. per namespace), leave as one call with each
 * key once; every waiter gets the entry for its key.
 */
export class Batcher<T> {
  private readonly coalescer: Coalescer<Load, T>;

  constructor(
    maxBatch: number,
    one: (group: string, key: string) => Promise<T>,
    many: (group: string, keys: string[]) => Promise<BatchResult<T>>,
    normalise: (key: string) => string,
  ) {
    this.coalescer = new Coalescer<Load, T>(
      maxBatch,
      (load) => one(load.group, load.key),
      async (loads) => {
        const group = loads[0]?.group ?? '';
        const results = await many(group, [...new Set(loads.map((load) => load.key))]);
        return loads.map(({ key }) => results.get(normalise(key)) ?? results.get(key) ?? new InternalError(`batched reply has no entry for ${key}`));
      },
      (load) => load.group,
    );
  }

  load(group: string, key: string): Promise<T> {
    return this.coalescer.call({ group, key });
  }
}
