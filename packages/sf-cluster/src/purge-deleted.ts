import { InvalidStateTransitionError } from '@sf/common';
import type { DatabaseClient, Namespace__Output } from '@sf/database-client';
import { instancesIn, namespacesIn, networksIn } from './pages.js';
import { isRefusal } from './refusal.js';

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
  /** Networks in error moved to deleted because their namespace is deleted (nobody else can). */
  retired: PurgeTarget[];
  /** The pass stopped at its budget; the rest waits for the next. */
  truncated: boolean;
}

/**
 * Objects asked about in one pass (each costs one to four tier calls): the
 * maintainer renews its lease and pings its watchdog between passes, so a
 * backlog (the first pass after an upgrade, say) is worked off over several.
 */
export const PURGES_PER_PASS = 500;

const HELD = 'SF_ERR_INVALID_STATE_HELD';

type Attempt = { result: 'purged' | 'skipped' } | { result: 'held'; held: string[] };

/**
 * Purges what was deleted at least `delaySeconds` ago (API.md's
 * CLEANER_DELAY), through the tier, which decides under the object's lock
 * by its own clock and refuses while the object holds anything. One
 * Purger lives as long as its maintainer: an object found held is not
 * asked about again for `delaySeconds` (at most an hour), so a few stuck
 * objects cannot take every pass's budget.
 */
export class Purger {
  private readonly deferred = new Map<string, number>();

  constructor(
    private readonly db: DatabaseClient,
    private readonly delaySeconds: number,
    private readonly budget = PURGES_PER_PASS,
  ) {}

  /**
   * Instances first, which frees the networks and namespaces their rows
   * named, then networks, then namespaces, so one pass clears a whole
   * chain. Reads are filtered by this host's clock to spare calls; the
   * tier checks the age again by the database's.
   */
  async pass(now = Date.now() / 1000): Promise<PurgeOutcome> {
    const before = now - this.delaySeconds;
    const outcome: PurgeOutcome = { purged: [], held: [], retired: [], truncated: false };
    let calls = 0;
    const spend = (): boolean => {
      outcome.truncated = calls >= this.budget;
      calls += 1;
      return !outcome.truncated;
    };
    for (const key of this.deferred.keys()) if ((this.deferred.get(key) ?? 0) <= now) this.deferred.delete(key);
    const due = (key: string, updated: number): boolean => updated < before && !this.deferred.has(key);

    for await (const instance of instancesIn(this.db, ['deleted'])) {
      if (!due(`instance:${instance.uuid}`, instance.state_updated)) continue;
      if (!spend()) return outcome;
      await this.purgeInstance({ objectType: 'instance', ref: instance.uuid, namespace: instance.namespace }, outcome, now);
    }
    // A deleted network still naming its VNI waits for the network worker to give it back: not asked about.
    for await (const network of networksIn(this.db, ['deleted'])) {
      if (network.vxid !== 0 || !due(`network:${network.uuid}`, network.state_updated)) continue;
      if (!spend()) return outcome;
      const target: PurgeTarget = { objectType: 'network', ref: network.uuid, namespace: network.namespace };
      this.record(await this.attempt(() => this.db.networks.purge(network.uuid, { minAgeSeconds: this.delaySeconds }), target, outcome), target, outcome, now);
    }
    for await (const namespace of namespacesIn(this.db, ['deleted'])) {
      if (!due(`namespace:${namespace.name}`, namespace.state_updated)) continue;
      if (!spend()) return outcome;
      await this.purgeNamespace(namespace, outcome, now);
    }
    return outcome;
  }

  /**
   * A deleted instance that still holds interfaces, addresses or a
   * reservation but never had work queued is the leftover of a create that
   * went on after a DELETE finished it and then died: the tier's
   * FailInstanceCreate gives back what such a create took, then the purge
   * is tried again. Anything else it holds is its worker's to give back.
   */
  private async purgeInstance(target: PurgeTarget, outcome: PurgeOutcome, now: number): Promise<void> {
    const purge = () => this.db.instances.purge(target.ref, { minAgeSeconds: this.delaySeconds });
    let attempt = await this.attempt(purge, target, outcome);
    if (attempt.result === 'held' && !(await this.db.operations.everQueued('instance', target.ref, ''))) {
      await ignoreRefusal(this.db.instances.failCreate(target.ref));
      attempt = await this.attempt(purge, target, outcome);
    }
    this.record(attempt, target, outcome, now);
  }

  /**
   * Its networks in error are moved to deleted first, once they hold
   * nothing: API.md gives a network in error no DELETE, and the namespace
   * that could have asked for one is gone. They are purged after the delay
   * like any deleted network, and the namespace after them.
   */
  private async purgeNamespace(namespace: Namespace__Output, outcome: PurgeOutcome, now: number): Promise<void> {
    for await (const network of networksIn(this.db, ['error'], namespace.name)) {
      if (network.vxid !== 0 || (await this.db.operations.everQueued('network', network.uuid, ''))) continue;
      if (await ignoreRefusal(this.db.networks.transition(network.uuid, 'deleted', { fromStates: ['error'] }))) {
        outcome.retired.push({ objectType: 'network', ref: network.uuid, namespace: namespace.name });
      }
    }
    const target: PurgeTarget = { objectType: 'namespace', ref: namespace.name, namespace: namespace.name };
    this.record(await this.attempt(() => this.db.namespaces.purge(namespace.name, { minAgeSeconds: this.delaySeconds }), target, outcome), target, outcome, now);
  }

  /**
   * One purge call. Refused as too recent (this host's clock ahead of the
   * database's) or already gone, the object is left for a later pass.
   */
  private async attempt(call: () => Promise<unknown>, target: PurgeTarget, outcome: PurgeOutcome): Promise<Attempt> {
    try {
      await call();
      outcome.purged.push(target);
      return { result: 'purged' };
    } catch (err) {
      if (err instanceof InvalidStateTransitionError && err.code === HELD) {
        const held = (err.details as { held?: unknown } | undefined)?.held;
        return { result: 'held', held: Array.isArray(held) ? held.map(String) : [err.message] };
      }
      if (isRefusal(err)) return { result: 'skipped' };
      throw err;
    }
  }

  /** A held object is reported, and not asked about again for a while. */
  private record(attempt: Attempt, target: PurgeTarget, outcome: PurgeOutcome, now: number): void {
    if (attempt.result !== 'held') return;
    outcome.held.push({ ...target, held: attempt.held });
    this.deferred.set(`${target.objectType}:${target.ref}`, now + Math.min(Math.max(this.delaySeconds, 1), 3600));
  }
}

/** True when the call went through; false when the tier refused it by state or found nothing. */
async function ignoreRefusal(call: Promise<unknown>): Promise<boolean> {
  try {
    await call;
    return true;
  } catch (err) {
    if (isRefusal(err)) return false;
    throw err;
  }
}
