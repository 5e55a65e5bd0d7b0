import { InvalidStateTransitionError, NotFoundError } from '@sf/common';
import type { DatabaseClient } from '@sf/database-client';
import { instancesIn, namespacesIn, networksIn } from './pages.js';

export interface PurgeTarget {
  objectType: 'instance' | 'network' | 'namespace';
  /** uuid, or name for a namespace. */
  ref: string;
  namespace: string;
}

export interface PurgeOutcome {
  purged: PurgeTarget[];
  /** Deleted longer than the delay, yet still holding something: what, as the tier named it. */
  held: Array<PurgeTarget & { held: string[] }>;
  /** The pass stopped at its budget; the rest waits for the next. */
  truncated: boolean;
}

/**
 * Purge calls in one pass: the maintainer pings its watchdog between
 * passes, so a backlog (the first pass after an upgrade, say) is worked
 * off over several.
 */
export const PURGES_PER_PASS = 1000;

type Tally = PurgeOutcome & { attempts: number };

/**
 * One purge through the tier, which decides under the object's lock by its
 * own clock. A purge refused because the object still holds something is
 * reported; refused as too recent (this host's clock ahead of the
 * database's) or already gone, it is left for a later pass.
 */
async function purgeOne(call: () => Promise<unknown>, target: PurgeTarget, outcome: Tally): Promise<void> {
  outcome.attempts += 1;
  try {
    await call();
    outcome.purged.push(target);
  } catch (err) {
    if (err instanceof InvalidStateTransitionError && err.code === 'SF_ERR_INVALID_STATE_HELD') {
      const held = (err.details as { held?: unknown } | undefined)?.held;
      outcome.held.push({ ...target, held: Array.isArray(held) ? held.map(String) : [err.message] });
      return;
    }
    if (err instanceof InvalidStateTransitionError || err instanceof NotFoundError) return;
    throw err;
  }
}

/**
 * Purges what was deleted at least delaySeconds ago (API.md's
 * CLEANER_DELAY): instances first, which frees the networks and namespaces
 * their rows named, then networks, then namespaces, so one pass clears a
 * whole chain. A deleted network that still names its VNI waits for the
 * network worker to give it back and is not asked about. Reads are
 * filtered by this host's clock to spare calls; the tier checks the age
 * again by the database's.
 */
export async function purgeDeleted(db: DatabaseClient, delaySeconds: number, budget = PURGES_PER_PASS, now = Date.now() / 1000): Promise<PurgeOutcome> {
  const before = now - delaySeconds;
  const outcome: Tally = { purged: [], held: [], truncated: false, attempts: 0 };
  const spent = (): boolean => {
    outcome.truncated = outcome.attempts >= budget;
    return outcome.truncated;
  };
  for await (const instance of instancesIn(db, ['deleted'])) {
    if (spent()) return outcome;
    if (instance.state_updated >= before) continue;
    const target: PurgeTarget = { objectType: 'instance', ref: instance.uuid, namespace: instance.namespace };
    await purgeOne(() => db.instances.purge(instance.uuid, { minAgeSeconds: delaySeconds }), target, outcome);
  }
  for await (const network of networksIn(db, ['deleted'])) {
    if (spent()) return outcome;
    if (network.state_updated >= before || network.vxid !== 0) continue;
    const target: PurgeTarget = { objectType: 'network', ref: network.uuid, namespace: network.namespace };
    await purgeOne(() => db.networks.purge(network.uuid, { minAgeSeconds: delaySeconds }), target, outcome);
  }
  for await (const namespace of namespacesIn(db, ['deleted'])) {
    if (spent()) return outcome;
    if (namespace.state_updated >= before) continue;
    const target: PurgeTarget = { objectType: 'namespace', ref: namespace.name, namespace: namespace.name };
    await purgeOne(() => db.namespaces.purge(namespace.name, { minAgeSeconds: delaySeconds }), target, outcome);
  }
  return outcome;
}
