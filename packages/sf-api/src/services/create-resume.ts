import type { ApiDeps } from '../internal/context.js';

/**
 * Whether an object a create found already made (its Idempotency-Key again)
 * was settled by the first attempt: its work queued, or it failed, or it is
 * old enough for sf-cluster's abandoned-create sweep to be settling it.
 * Otherwise the attempt at hand carries on where the first one stopped.
 */
export async function firstAttemptSettled(
  deps: ApiDeps,
  objectType: 'instance' | 'network',
  found: { uuid: string; state: string; state_updated: number },
): Promise<boolean> {
  if (found.state !== 'initial' || Date.now() / 1000 - found.state_updated >= deps.createLeaseSeconds / 2) return true;
  return (await deps.db.operations.hasPending(objectType, found.uuid)).pending;
}
