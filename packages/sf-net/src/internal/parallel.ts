/**
 * Networks are independent, so several converge at once: their netlink
 * requests share the socket's queue and their nft and dnsmasq runs overlap.
 * Within one network every step still waits for the one before.
 */
export const PARALLEL_NETWORKS = 8;

/**
 * Run fn over items, PARALLEL_NETWORKS at a time. One network failing does
 * not stop the others: every item is tried and the failures are returned.
 */
export async function inParallel<T>(items: readonly T[], fn: (item: T) => Promise<void>): Promise<unknown[]> {
  const failures: unknown[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      try {
        await fn(item);
      } catch (err) {
        failures.push(err);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_NETWORKS, items.length) }, worker));
  return failures;
}
