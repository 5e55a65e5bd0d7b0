/**
 * Networks are independent, so several converge at once: their netlink
 * requests share the socket's queue and their nft and dnsmasq runs overlap.
 * Within one network every step still waits for the one before.
 */
export const PARALLEL_NETWORKS = 8;

export async function inParallel<T>(items: readonly T[], fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_NETWORKS, items.length) }, worker));
}
