import type { AllocateRequest, Allocation__Output, ListPoolUsageResponse__Output, Owner, ReleaseOwnerResponse__Output } from '@sf/proto';
import { databaseServices } from '@sf/proto';
import { Coalescer } from './internal/coalescer.js';
import { fromOutcome } from './internal/outcome.js';
import type { CallOptions, Transport } from './internal/transport.js';

/** Allocations per batched call; the server sends the random-probe ones as one INSERT. */
const MAX_BATCH = 64;

/**
 * The generic allocator: take a value of a pool (`vxlan`, `mac`,
 * `ipv4:<network>`, `console_port:<node>`, `vsock_cid:<node>`) for an owner.
 * An exhausted pool is an InsufficientCapacityError; a value in use, AlreadyExistsError.
 * An owner holds one value per pool and purpose, so a retried allocate returns the same value.
 */
export class AllocationClient {
  private readonly s = databaseServices().allocation;
  private readonly coalescer: Coalescer<AllocateRequest, Allocation__Output>;

  constructor(private readonly t: Transport) {
    this.coalescer = new Coalescer<AllocateRequest, Allocation__Output>(
      MAX_BATCH,
      (request) => this.t.call(this.s.Allocate, request, 'idempotent'),
      async (requests) => {
        const { outcomes } = await this.t.call(this.s.AllocateMany, { requests }, 'idempotent');
        return outcomes.map((outcome) => fromOutcome(outcome.allocation, outcome.error));
      },
    );
  }

  /**
   * Concurrent allocations from this process leave as one call (see
   * Coalescer); with options (a deadline, a request id) the call goes alone.
   */
  allocate(request: AllocateRequest, options?: CallOptions): Promise<Allocation__Output> {
    if (options !== undefined) return this.t.call(this.s.Allocate, request, 'idempotent', options);
    return this.coalescer.call(request);
  }

  /** True when this call released it; false when the owner held nothing (releasing twice is fine). */
  async release(pool: string, value: string, owner: Owner, options?: CallOptions): Promise<boolean> {
    return (await this.t.call(this.s.Release, { pool, value, owner }, 'idempotent', options)).released;
  }

  async releaseOwner(owner: Owner, options?: CallOptions): Promise<ReleaseOwnerResponse__Output['released']> {
    return (await this.t.call(this.s.ReleaseOwner, { owner }, 'idempotent', options)).released;
  }

  /** Extends a lease to ttlSeconds from now; 0 makes the allocation permanent (idempotent). */
  async renew(pool: string, value: string, owner: Owner, ttlSeconds: number, options?: CallOptions): Promise<void> {
    await this.t.call(this.s.Renew, { pool, value, owner, ttl_seconds: ttlSeconds }, 'idempotent', options);
  }

  async reclaimExpired(limit = 0, options?: CallOptions): Promise<number> {
    return (await this.t.call(this.s.ReclaimExpired, { limit }, 'idempotent', options)).reclaimed;
  }

  async usage(poolPrefix = '', options?: CallOptions): Promise<ListPoolUsageResponse__Output['pools']> {
    return (await this.t.call(this.s.ListPoolUsage, { pool_prefix: poolPrefix }, 'read', options)).pools;
  }
}
