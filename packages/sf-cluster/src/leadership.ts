import type { Logger } from '@sf/common';

/** The part of the tier client leadership needs (a cluster lock as a lease). */
export interface LockPort {
  acquire(name: string, holder: string, leaseSeconds: number): Promise<{ ok: boolean }>;
  refresh(name: string, holder: string, leaseSeconds: number): Promise<{ ok: boolean }>;
  release(name: string, holder: string): Promise<{ ok: boolean }>;
}

export const MAINTAINER_LOCK = 'sf-cluster-maintainer';

/**
 * One elected maintainer: the lease is taken or renewed on every pass of the
 * main loop, never from a timer of its own, so a wedged loop stops renewing
 * and a standby takes over when the lease lapses.
 */
export class Leadership {
  private leading = false;

  constructor(
    private readonly locks: LockPort,
    private readonly holder: string,
    private readonly leaseSeconds: number,
    private readonly log: Logger,
  ) {}

  get isLeader(): boolean {
    return this.leading;
  }

  /** Renews or takes the lease; a failed call counts as not leading (fail closed). */
  async renew(): Promise<boolean> {
    let ok = false;
    try {
      const reply = this.leading
        ? await this.locks.refresh(MAINTAINER_LOCK, this.holder, this.leaseSeconds)
        : await this.locks.acquire(MAINTAINER_LOCK, this.holder, this.leaseSeconds);
      ok = reply.ok;
    } catch (err) {
      this.log.warn({ err }, 'maintainer lease call failed');
    }
    if (ok !== this.leading) this.log.info({ holder: this.holder, leading: ok }, ok ? 'became the maintainer' : 'no longer the maintainer');
    this.leading = ok;
    return ok;
  }

  async resign(): Promise<void> {
    if (!this.leading) return;
    this.leading = false;
    await this.locks.release(MAINTAINER_LOCK, this.holder).catch((err: unknown) => this.log.warn({ err }, 'releasing the maintainer lease failed'));
  }
}
