import type { LockServiceHandlers } from '@sf/proto';
import { acquireLock, getLock, listLocks, refreshLock, releaseLock } from '../resources/lock.repo.js';
import { unary, type RpcRuntime } from '../server/unary.js';

/** Acquire and refresh are idempotent for their holder (acquiring again renews); a replayed release must still say ok. */
export function lockService(rt: RpcRuntime): LockServiceHandlers {
  return {
    AcquireLock: unary(rt, 'AcquireLock', 'write', (req, { db }) => acquireLock(db, req.name, req.holder, req.lease_seconds)),
    RefreshLock: unary(rt, 'RefreshLock', 'write', (req, { db }) => refreshLock(db, req.name, req.holder, req.lease_seconds)),
    ReleaseLock: unary(rt, 'ReleaseLock', 'once', (req, { db }) => releaseLock(db, req.name, req.holder)),
    GetLock: unary(rt, 'GetLock', 'read', (req, { db }) => getLock(db, req.name)),
    ListLocks: unary(rt, 'ListLocks', 'read', async (_req, { db }) => ({ locks: await listLocks(db) })),
  };
}
