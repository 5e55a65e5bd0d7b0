/**
 * Polls probe until it answers (anything but undefined) or time runs out.
 * A probe that throws is asked again: one reading the database races the
 * maintainer's transactions on the same rows, and a deadlock there says
 * nothing of what is awaited. The last failure is named if time runs out.
 */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20000, everyMs = 200): Promise<T> {
  const stopAt = Date.now() + timeoutMs;
  let failure: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      failure = err;
    }
    if (Date.now() > stopAt) throw new Error(`timed out waiting for ${what}${failure === undefined ? '' : ` (last probe failed: ${String(failure)})`}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
