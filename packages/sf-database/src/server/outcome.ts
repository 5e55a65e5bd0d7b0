import { toSfError } from '@sf/common';
import type { ItemError } from '@sf/proto';

/** An item's error as the status of a single call would have carried it. */
function itemError(err: unknown, context: string): ItemError {
  const sfErr = toSfError(err, context);
  return { grpc_code: sfErr.grpcStatus, code: sfErr.code, message: sfErr.message, details_json: sfErr.details === undefined ? '' : JSON.stringify(sfErr.details) };
}

/**
 * Parses every item of a batched call on its own: the malformed ones keep
 * their error, the rest are handed to `run` together, whose results (one per
 * item it was given, in order) become each item's value or error.
 */
export async function settleEach<Wire, Parsed, Result, Out>(
  items: readonly Wire[],
  parse: (item: Wire) => Parsed,
  run: (parsed: Parsed[]) => Promise<Array<Result | Error>>,
  toWire: (result: Result) => Out,
  context: string,
): Promise<Array<{ value?: Out; error?: ItemError }>> {
  const parsed = items.map((item): Parsed | Error => {
    try {
      return parse(item);
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  });
  const done = await run(parsed.filter((p): p is Parsed => !(p instanceof Error)));
  let next = 0;
  return parsed.map((p) => {
    const result = p instanceof Error ? p : done[next++];
    if (result === undefined) return { error: itemError(new Error('batched result is missing an item'), context) };
    if (result instanceof Error) return { error: itemError(result, context) };
    return { value: toWire(result) };
  });
}
