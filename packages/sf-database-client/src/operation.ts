import type {
  EnqueueOperationRequest,
  EnqueueOperationResponse__Output,
  HasPendingOperationResponse__Output,
  ListOperationsRequest,
  ListOperationsResponse__Output,
  Operation__Output,
  OperationError,
  PruneOperationsResponse__Output,
} from '@sf/proto';
import { databaseServices } from '@sf/proto';
import { withRevision, type CallOptions, type Transport } from './internal/transport.js';

/**
 * The work queue. Enqueue coalesces with an identical queued operation
 * (same type, target and payload) unless no_coalesce; claim takes a lease
 * that the worker renews and ends with complete or fail. Every mutating
 * call carries an idempotency key, so a retry never claims twice.
 */
/** The claim's `attempts`, so a holder whose lease was re-claimed (even on its own node) is refused. */
export interface HolderOptions extends CallOptions {
  attempt?: number;
}

export class OperationClient {
  private readonly s = databaseServices().operation;

  constructor(private readonly t: Transport) {}

  enqueue(request: EnqueueOperationRequest, options?: CallOptions): Promise<EnqueueOperationResponse__Output> {
    // An sf-database that predates require_states would queue the work unguarded.
    return this.t.call(this.s.EnqueueOperation, request, 'once', (request.require_states?.length ?? 0) > 0 ? withRevision(2, options) : options);
  }

  async claim(node: string, more: { roles?: string[]; limit?: number; leaseSeconds?: number } = {}, options?: CallOptions): Promise<Operation__Output[]> {
    const request = { node, roles: more.roles ?? [], limit: more.limit ?? 1, lease_seconds: more.leaseSeconds ?? 0 };
    return (await this.t.call(this.s.ClaimOperations, request, 'once', options)).operations;
  }

  renew(uuid: string, node: string, leaseSeconds = 0, options?: HolderOptions): Promise<Operation__Output> {
    return this.t.call(this.s.RenewOperationLease, { uuid, node, lease_seconds: leaseSeconds, attempt: options?.attempt ?? 0 }, 'idempotent', options);
  }

  complete(uuid: string, node: string, options?: HolderOptions): Promise<Operation__Output> {
    return this.t.call(this.s.CompleteOperation, { uuid, node, attempt: options?.attempt ?? 0 }, 'once', options);
  }

  fail(uuid: string, node: string, error: OperationError, options?: HolderOptions): Promise<Operation__Output> {
    return this.t.call(this.s.FailOperation, { uuid, node, error, attempt: options?.attempt ?? 0 }, 'once', options);
  }

  get(uuid: string, options?: CallOptions): Promise<Operation__Output> {
    return this.t.call(this.s.GetOperation, { uuid }, 'read', options);
  }

  list(filter: ListOperationsRequest = {}, options?: CallOptions): Promise<ListOperationsResponse__Output> {
    return this.t.call(this.s.ListOperations, filter, 'read', options);
  }

  hasPending(objectType: string, objectUuid: string, options?: CallOptions): Promise<HasPendingOperationResponse__Output> {
    return this.t.call(this.s.HasPendingOperation, { object_type: objectType, object_uuid: objectUuid }, 'read', options);
  }

  /** Whether an operation of this type was ever queued for the object, whatever became of it. */
  async everQueued(objectType: string, objectUuid: string, operationType: string, options?: CallOptions): Promise<boolean> {
    return (await this.t.call(this.s.HasPendingOperation, { object_type: objectType, object_uuid: objectUuid, operation_type: operationType, any_state: true }, 'read', options)).pending;
  }

  /** Deletes up to `limit` finished operations at least minAgeSeconds old (the database's clock); `more` when others are left. */
  prune(minAgeSeconds: number, limit: number, options?: CallOptions): Promise<PruneOperationsResponse__Output> {
    return this.t.call(this.s.PruneOperations, { min_age_seconds: minAgeSeconds, limit }, 'idempotent', withRevision(8, options));
  }

  /** As everQueued, counting only operations queued at or after since (epoch seconds, the database's clock). */
  async queuedSince(objectType: string, objectUuid: string, operationType: string, since: number, options?: CallOptions): Promise<boolean> {
    const request = { object_type: objectType, object_uuid: objectUuid, operation_type: operationType, any_state: true, since };
    return (await this.t.call(this.s.HasPendingOperation, request, 'read', withRevision(5, options))).pending;
  }
}
