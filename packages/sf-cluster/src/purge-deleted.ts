import { InvalidStateTransitionError } from '@sf/common';
import type { DatabaseClient } from '@sf/database-client';
import { monotonic, type Clock } from './clock.js';
import { Deferrals } from './deferrals.js';
import { attemptItem, type JobRun } from './job-run.js';
import { instancesIn, namespacesIn, networksIn } from './pages.js';
import { isRefusal } from './refusal.js';

export interface PurgeTarget {
  objectType: 'instance' | 'network' | 'namespace';
  /** uuid, or name for a namespace. */
  ref: string;
  namespace: string;
}

const HELD = 'SF_ERR_INVALID_STATE_HELD';
/** A held object is asked about again after the delay, at least a second and at most an hour later. */
const MAX_HELD_RETRY_MS = 3_600_000;

type Attempt = { result: 'purged' | 'skipped' } | { result: 'held'; held: string[] };

const fieldsOf = (target: PurgeTarget) => ({ object_type: target.objectType, object_ref: target.ref, namespace: target.namespace });

/**
 * Purges what was deleted at least `delaySeconds` ago (API.md's
 * CLEANER_DELAY), through the tier, which lists only what is that old by
 * its own clock, decides again under the object's lock and refuses while
 * the object holds anything. One Purger lives as long as its maintainer: an
 * object found held is not asked about again for a while, so a few stuck
 * objects cannot take every pass's budget.
 */
export class Purger {
  private readonly deferred: Deferrals;
  /** The kind that goes first: after a pass stopped at its budget, the one after the kind it stopped in. */
  private first = 0;
  private readonly kinds: ReadonlyArray<(run: JobRun) => Promise<boolean>> = [
    (run) => this.purgeInstances(run),
    (run) => this.purgeNetworks(run),
    (run) => this.purgeNamespaces(run),
  ];

  constructor(
    private readonly db: DatabaseClient,
    private readonly delaySeconds: number,
    now: Clock = monotonic,
  ) {
    this.deferred = new Deferrals(now);
  }

  /**
   * Instances first, which frees the networks and namespaces their rows
   * named, then networks, then namespaces, so one pass clears a whole
   * chain. A pass that stops at its budget runs again at the next tick,
   * starting with the kind after the one it stopped in: a backlog of
   * instances does not starve the networks and namespaces behind it.
   */
  async pass(run: JobRun): Promise<void> {
    this.deferred.prune();
    for (let i = 0; i < this.kinds.length; i += 1) {
      const kind = (this.first + i) % this.kinds.length;
      if (!(await this.kinds[kind]?.(run))) {
        this.first = (kind + 1) % this.kinds.length;
        return;
      }
    }
    this.first = 0;
  }

  private async purgeInstances(run: JobRun): Promise<boolean> {
    for await (const instance of instancesIn(this.db, run, { states: ['deleted'], min_state_age_seconds: this.delaySeconds })) {
      const target: PurgeTarget = { objectType: 'instance', ref: instance.uuid, namespace: instance.namespace };
      if (this.deferred.has(keyOf(target))) continue;
      if (!(await run.next())) return false;
      await attemptItem(run, fieldsOf(target), () => this.purgeInstance(target, run));
    }
    return true;
  }

  private async purgeNetworks(run: JobRun): Promise<boolean> {
    for await (const network of networksIn(this.db, run, { states: ['deleted'], min_state_age_seconds: this.delaySeconds })) {
      // One still naming its VNI waits for the network worker to give it back: not asked about.
      const target: PurgeTarget = { objectType: 'network', ref: network.uuid, namespace: network.namespace };
      if (network.vxid !== 0 || this.deferred.has(keyOf(target))) continue;
      if (!(await run.next())) return false;
      await attemptItem(run, fieldsOf(target), async () => {
        this.record(await this.attempt(() => this.db.networks.purge(network.uuid, { minAgeSeconds: this.delaySeconds }), target, run), target, run);
      });
    }
    return true;
  }

  private async purgeNamespaces(run: JobRun): Promise<boolean> {
    for await (const namespace of namespacesIn(this.db, run, { states: ['deleted'], min_state_age_seconds: this.delaySeconds })) {
      const target: PurgeTarget = { objectType: 'namespace', ref: namespace.name, namespace: namespace.name };
      if (this.deferred.has(keyOf(target))) continue;
      if (!(await run.next())) return false;
      await attemptItem(run, fieldsOf(target), () => this.purgeNamespace(target, run));
    }
    return true;
  }

  /**
   * A deleted instance that still holds interfaces, addresses or a
   * reservation but never had work queued is the leftover of a create that
   * went on after a DELETE finished it and then died: the tier's
   * FailInstanceCreate gives back what such a create took, then the purge
   * is tried again. Anything else it holds is its worker's to give back.
   */
  private async purgeInstance(target: PurgeTarget, run: JobRun): Promise<void> {
    const purge = () => this.db.instances.purge(target.ref, { minAgeSeconds: this.delaySeconds });
    let attempt = await this.attempt(purge, target, run);
    if (attempt.result === 'held' && !(await this.db.operations.everQueued('instance', target.ref, ''))) {
      run.assertLeading();
      await ignoreRefusal(this.db.instances.failCreate(target.ref));
      run.assertLeading();
      attempt = await this.attempt(purge, target, run);
    }
    this.record(attempt, target, run);
  }

  /**
   * Its networks in error are moved to deleted first, once they hold
   * nothing: API.md gives a network in error no DELETE, and the namespace
   * that could have asked for one is gone. They are purged after the delay
   * like any deleted network, and the namespace after them.
   */
  private async purgeNamespace(target: PurgeTarget, run: JobRun): Promise<void> {
    for await (const network of networksIn(this.db, run, { namespace: target.ref, states: ['error'] })) {
      run.pulse();
      if (network.vxid !== 0 || (await this.db.operations.everQueued('network', network.uuid, ''))) continue;
      run.assertLeading();
      if (await ignoreRefusal(this.db.networks.transition(network.uuid, 'deleted', { fromStates: ['error'] }))) {
        run.log.info({ object_type: 'network', object_ref: network.uuid, namespace: target.ref }, 'moved a network in error of a deleted namespace to deleted');
      }
    }
    run.assertLeading();
    this.record(await this.attempt(() => this.db.namespaces.purge(target.ref, { minAgeSeconds: this.delaySeconds }), target, run), target, run);
  }

  /**
   * One purge call, logged when it went through. Refused as too recent
   * (deleted again since the list) or already gone, the object is left for
   * a later pass.
   */
  private async attempt(call: () => Promise<unknown>, target: PurgeTarget, run: JobRun): Promise<Attempt> {
    try {
      await call();
      run.log.info(fieldsOf(target), 'purged a deleted object');
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

  /**
   * A held object is reported, and not asked about again for a while. An
   * instance deleted that long ago should hold nothing: what it still holds
   * is leaked until someone looks. A namespace waits for what still names it
   * (instances in error an admin must delete); a network for rows purged
   * later.
   */
  private record(attempt: Attempt, target: PurgeTarget, run: JobRun): void {
    if (attempt.result !== 'held') return;
    this.deferred.defer(keyOf(target), Math.min(Math.max(this.delaySeconds * 1000, 1000), MAX_HELD_RETRY_MS));
    const fields = { ...fieldsOf(target), held: attempt.held };
    if (target.objectType === 'instance') run.log.warn(fields, 'a deleted instance still holds resources; not purged');
    else if (target.objectType === 'namespace') run.log.info(fields, 'a deleted namespace still has objects; not purged');
    else run.log.debug(fields, 'a deleted network is not purged yet');
  }
}

const keyOf = (target: PurgeTarget): string => `${target.objectType}:${target.ref}`;

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
