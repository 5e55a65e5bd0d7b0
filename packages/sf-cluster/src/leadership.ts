import type { Logger } from '@sf/common';
import { monotonic, type Clock } from './clock.js';

/** The part of the tier client leadership needs (a cluster lock as a lease). */
export interface LockPort {
  acquire(name: string, holder: string, leaseSeconds: number): Promise<{ ok: boolean }>;
  refresh(name: string, holder: string, leaseSeconds: number): Promise<{ ok: boolean }>;
  release(name: string, holder: string): Promise<{ ok: boolean }>;
}

export const MAINTAINER_LOCK = 'sf-cluster-maintainer';

/**
 * How the tier answered a call for the lease: `held`, granted (renewed by
 * the leader, or taken by a standby); `lost`, refused when its last answer
 * had granted it (the lease lapsed and another process took it); `error`,
 * no answer (unreachable, out of time), which counts as not leading. A
 * standby refused because another process leads is not reported: that is
 * every tick of its normal state.
 */
export type LeaseResult = 'held' | 'lost' | 'error';

/** Told each answer (metrics.ts), so leadership does not depend on the metrics. */
export interface LeaseObserver {
  leaseAnswered(result: LeaseResult): void;
}

const UNOBSERVED: LeaseObserver = { leaseAnswered: () => undefined };

export interface LeaseTerms {
  seconds: number;
  /**
   * Taken off the lease as this process counts it: the deadline of one tier
   * call, so a write sent while isLeader holds lands before the tier (by the
   * database's clock) lets a standby take the lease.
   */
  marginMs: number;
}

/**
 * One elected maintainer. The lease is taken or renewed from the main loop
 * and between the jobs and items of a pass, never from a timer of its own,
 * so a wedged loop stops renewing and a standby takes over when the lease
 * lapses. This process counts the lease from just before it asked for it,
 * so a pause it did not see (GC, SIGSTOP, a frozen VM) ends its leadership
 * by its own count no later than the tier's.
 */
export class Leadership {
  private leading = false;
  private validUntil = -Infinity;
  private lastAsked = -Infinity;
  private inFlight: Promise<unknown> = Promise.resolve();
  private resigned = false;
  /** Whether the tier's last answer (a failed call is none) granted the lease: a refusal after a grant is the lease's loss. */
  private granted = false;

  constructor(
    private readonly locks: LockPort,
    private readonly holder: string,
    private readonly lease: LeaseTerms,
    private readonly log: Logger,
    private readonly now: Clock = monotonic,
    private readonly observer: LeaseObserver = UNOBSERVED,
  ) {}

  /** Whether this process may act as the maintainer now: it holds the lease, by its own count. */
  get isLeader(): boolean {
    return this.leading && this.now() < this.validUntil;
  }

  /** When the last renewal was asked for, on the clock. */
  get askedAt(): number {
    return this.lastAsked;
  }

  /** Renews or takes the lease; a failed call counts as not leading (fail closed). Answers isLeader. */
  async renew(): Promise<boolean> {
    if (this.resigned) return false;
    const asked = this.now();
    this.lastAsked = asked;
    const call = this.leading
      ? this.locks.refresh(MAINTAINER_LOCK, this.holder, this.lease.seconds)
      : this.locks.acquire(MAINTAINER_LOCK, this.holder, this.lease.seconds);
    this.inFlight = call.catch(() => undefined);
    let answer: LeaseResult | 'refused';
    try {
      answer = (await call).ok ? 'held' : this.granted ? 'lost' : 'refused';
    } catch (err) {
      this.log.warn({ err }, 'maintainer lease call failed');
      answer = 'error';
    }
    if (answer !== 'refused') this.observer.leaseAnswered(answer);
    if (answer !== 'error') this.granted = answer === 'held';
    const ok = answer === 'held';
    if (this.resigned) return false;
    if (ok !== this.leading) this.log.info({ holder: this.holder, leading: ok }, ok ? 'became the maintainer' : 'no longer the maintainer');
    this.leading = ok;
    this.validUntil = ok ? asked + this.lease.seconds * 1000 - this.lease.marginMs : -Infinity;
    return this.isLeader;
  }

  /**
   * Gives the lease up for good. Always asks the tier, which releases it only
   * for this holder: after a failed renewal the row may still name this
   * process. A renewal in flight is waited for first, or it could take the
   * lease again after the release and keep a standby out for a whole lease.
   */
  async resign(): Promise<void> {
    this.abandon();
    await this.inFlight;
    await this.locks.release(MAINTAINER_LOCK, this.holder).catch((err: unknown) => this.log.warn({ err }, 'releasing the maintainer lease failed'));
  }

  /**
   * Stops leading without giving the lease back, so no standby takes over
   * before it lapses: for a shutdown whose pass did not stop, since a write
   * of that pass may still be on its way to the tier.
   */
  abandon(): void {
    this.resigned = true;
    this.leading = false;
    this.validUntil = -Infinity;
  }
}
