import type { AllocateRequest__Output, Allocation as WireAllocation, AllocationServiceHandlers, Owner as WireOwner } from '@sf/proto';
import { ValidationError } from '@sf/common';
import { Allocator, type AllocateRequest, type Allocation, type Owner, type PoolCatalog } from '../allocator/allocator.js';
import type { Audit } from '../server/audit.js';
import { settleEach } from '../server/outcome.js';
import { unary, type RpcRuntime } from '../server/unary.js';

function owner(wire: WireOwner | null | undefined): Owner {
  if (wire === null || wire === undefined || wire.type === undefined || wire.type === '' || wire.uuid === undefined || wire.uuid === '') {
    throw new ValidationError('owner.type and owner.uuid are required');
  }
  return { type: wire.type, uuid: wire.uuid };
}

function request(req: AllocateRequest__Output): AllocateRequest {
  return { pool: req.pool, owner: owner(req.owner), purpose: req.purpose, ttlSeconds: req.ttl_seconds, value: req.value, hint: req.hint };
}

function toWire(allocation: Allocation): WireAllocation {
  return {
    pool: allocation.pool,
    value: allocation.value,
    owner: allocation.owner,
    purpose: allocation.purpose,
    expires_at: allocation.expiresAt === null ? 0 : allocation.expiresAt.getTime() / 1000,
  };
}

/** Allocate is idempotent by itself (one value per owner, pool and purpose), so it needs no request key. */
export function allocationService(rt: RpcRuntime, catalog: PoolCatalog, audit: Audit): AllocationServiceHandlers {
  // Calls that record audit events first wait for the audit backlog to have room (see AuditBuffer).
  const allocator = async (db: RpcRuntime['db']): Promise<Allocator> => {
    await audit.room();
    return new Allocator(db, catalog, audit.record);
  };
  return {
    Allocate: unary(rt, 'Allocate', 'write', async (req, { db }) => toWire(await (await allocator(db)).allocate(request(req)))),
    // Each item is settled on its own: a malformed item fails alone, the rest share one batched INSERT.
    AllocateMany: unary(rt, 'AllocateMany', 'write', async (req, { db }) => {
      const many = await allocator(db);
      return { outcomes: (await settleEach(req.requests, request, (items) => many.allocateMany(items), toWire, 'allocation failed')).map(({ value, error }) => ({ allocation: value, error })) };
    }),
    Release: unary(rt, 'Release', 'write', async (req, { db }) => ({ released: await (await allocator(db)).release(req.pool, req.value, owner(req.owner)) })),
    ReleaseOwner: unary(rt, 'ReleaseOwner', 'write', async (req, { db }) => ({ released: (await (await allocator(db)).releaseOwner(owner(req.owner))).map(toWire) })),
    Renew: unary(rt, 'Renew', 'write', async (req, { db }) => {
      await new Allocator(db, catalog).renew(req.pool, req.value, owner(req.owner), req.ttl_seconds);
      return { ok: true };
    }),
    ReclaimExpired: unary(rt, 'ReclaimExpired', 'write', async (req, { db }) => ({ reclaimed: await (await allocator(db)).reclaimExpired(req.limit === 0 ? undefined : req.limit) })),
    ListPoolUsage: unary(rt, 'ListPoolUsage', 'read', async (req, { db }) => ({ pools: await new Allocator(db, catalog).usage(req.pool_prefix) })),
  };
}
