import type {
  Capacity,
  CounterDrift__Output,
  Demand,
  HeldReservation__Output,
  NodeCandidate__Output,
  PlaceInstancesRequest,
  Placement__Output,
  SetQuotaRequest,
} from '@sf/proto';
import { databaseServices } from '@sf/proto';
import { Coalescer } from './internal/coalescer.js';
import { fromOutcome } from './internal/outcome.js';
import { withRevision, type CallOptions, type Transport } from './internal/transport.js';

/** Placements per batched call; the server tries the first choices of them all in one transaction. */
const MAX_BATCH = 64;

/** Capacity counters and reservations (placement is decided by the database, see docs/database.md). */
export class SchedulingClient {
  private readonly s = databaseServices().scheduling;
  private readonly coalescer: Coalescer<PlaceInstancesRequest, Placement__Output[]>;

  constructor(private readonly t: Transport) {
    this.coalescer = new Coalescer<PlaceInstancesRequest, Placement__Output[]>(
      MAX_BATCH,
      async (request) => (await this.t.call(this.s.PlaceInstances, request, 'idempotent')).placements,
      async (requests) => {
        const { outcomes } = await this.t.call(this.s.PlaceMany, { requests }, 'idempotent');
        return outcomes.map((outcome) => fromOutcome(outcome.placed?.placements, outcome.error));
      },
    );
  }

  async candidates(namespace: string, options?: CallOptions): Promise<NodeCandidate__Output[]> {
    return (await this.t.call(this.s.ListCandidates, { namespace }, 'read', options)).nodes;
  }

  /**
   * Every demand placed on the first candidate with room, or none; nothing left is InsufficientCapacityError.
   * Retry-safe: instances that already hold their reservations get them back.
   */
  async place(namespace: string, demands: Demand[], candidates: string[], leaseSeconds = 0, options?: CallOptions): Promise<Placement__Output[]> {
    const request = { namespace, demands, candidates, lease_seconds: leaseSeconds };
    // Concurrent placements of this process leave as one call; with options the call goes alone.
    if (options !== undefined) return (await this.t.call(this.s.PlaceInstances, request, 'idempotent', options)).placements;
    return this.coalescer.call(request);
  }

  async consume(instanceUuid: string, options?: CallOptions): Promise<void> {
    await this.t.call(this.s.ConsumeReservation, { instance_uuid: instanceUuid }, 'idempotent', options);
  }

  async renew(instanceUuid: string, leaseSeconds = 0, options?: CallOptions): Promise<void> {
    await this.t.call(this.s.RenewReservation, { instance_uuid: instanceUuid, lease_seconds: leaseSeconds }, 'idempotent', options);
  }

  /** Drops the lease of a `reserved` reservation whose creator has queued its work: it then waits for the worker to consume it. */
  async keepUntilConsumed(instanceUuid: string, options?: CallOptions): Promise<void> {
    await this.t.call(this.s.RenewReservation, { instance_uuid: instanceUuid, until_consumed: true }, 'idempotent', options);
  }

  /** The instance's live reservation, or undefined when it holds none. */
  async held(instanceUuid: string, options?: CallOptions): Promise<Placement__Output | undefined> {
    return (await this.t.call(this.s.GetReservation, { instance_uuid: instanceUuid }, 'read', withRevision(2, options))).placement ?? undefined;
  }

  /** The reservations creates hold, soonest lease first, at most `limit` (the tier's cap, 1,000, when 0). */
  async listHeld(limit = 0, options?: CallOptions): Promise<HeldReservation__Output[]> {
    return (await this.t.call(this.s.ListHeldReservations, { limit }, 'read', withRevision(11, options))).reservations;
  }

  async release(instanceUuid: string, options?: CallOptions): Promise<boolean> {
    return (await this.t.call(this.s.ReleaseReservation, { instance_uuid: instanceUuid }, 'idempotent', options)).released;
  }

  async reapExpired(limit = 0, options?: CallOptions): Promise<string[]> {
    return (await this.t.call(this.s.ReapExpiredReservations, { limit }, 'idempotent', options)).instance_uuids;
  }

  async reconcile(options?: CallOptions): Promise<CounterDrift__Output[]> {
    return (await this.t.call(this.s.ReconcileCapacity, {}, 'idempotent', options)).drift;
  }

  async setNodeLimits(node: string, limits: Capacity, options?: CallOptions): Promise<void> {
    await this.t.call(this.s.SetNodeLimits, { node, limits }, 'idempotent', options);
  }

  async setQuota(request: SetQuotaRequest, options?: CallOptions): Promise<void> {
    await this.t.call(this.s.SetQuota, request, 'idempotent', options);
  }
}
