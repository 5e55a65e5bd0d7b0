import type { LockResponse__Output, Lock__Output } from '@sf/proto';
import { databaseServices } from '@sf/proto';
import { withRevision, type CallOptions, type Transport } from './internal/transport.js';

/**
 * Cluster locks as leases (60 s unless asked otherwise; refresh every
 * 20 s). Every reply has an explicit `ok`: act on it, never on the absence of an error.
 */
export class LockClient {
  private readonly s = databaseServices().lock;

  constructor(private readonly t: Transport) {}

  acquire(name: string, holder: string, leaseSeconds = 0, options?: CallOptions): Promise<LockResponse__Output> {
    return this.t.call(this.s.AcquireLock, { name, holder, lease_seconds: leaseSeconds }, 'idempotent', options);
  }

  refresh(name: string, holder: string, leaseSeconds = 0, options?: CallOptions): Promise<LockResponse__Output> {
    return this.t.call(this.s.RefreshLock, { name, holder, lease_seconds: leaseSeconds }, 'idempotent', options);
  }

  release(name: string, holder: string, options?: CallOptions): Promise<LockResponse__Output> {
    return this.t.call(this.s.ReleaseLock, { name, holder }, 'once', options);
  }

  get(name: string, options?: CallOptions): Promise<LockResponse__Output> {
    return this.t.call(this.s.GetLock, { name }, 'read', options);
  }

  /** The locks held now, by name. */
  async list(options?: CallOptions): Promise<Lock__Output[]> {
    return (await this.t.call(this.s.ListLocks, {}, 'read', withRevision(11, options))).locks;
  }
}
