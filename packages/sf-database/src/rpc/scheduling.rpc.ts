import type { Capacity as WireCapacity, HeldReservation as WireHeldReservation, PlaceInstancesRequest__Output, PlaceInstancesResponse, SchedulingServiceHandlers } from '@sf/proto';
import { ValidationError } from '@sf/common';
import { epoch } from '../internal/values.js';
import { listCandidates } from '../scheduling/candidates.js';
import { placeEach } from '../scheduling/batch-placement.js';
import { Reservations, type Capacity, type HeldReservation, type Placement } from '../scheduling/reservations.js';
import { settleEach } from '../server/outcome.js';
import { unary, type RpcRuntime } from '../server/unary.js';

function capacity(wire: WireCapacity | null | undefined, field: string): Capacity {
  if (wire === null || wire === undefined) throw new ValidationError(`${field} is required`);
  return { cpus: wire.cpus ?? 0, memoryMib: Number(wire.memory_mib ?? 0), diskGib: Number(wire.disk_gib ?? 0) };
}

function wire(c: Capacity): WireCapacity {
  return { cpus: c.cpus, memory_mib: c.memoryMib, disk_gib: c.diskGib };
}

/** Reservations held by creates listed in one call unless asked for fewer. */
const HELD_LIMIT = 1000;

function heldWire(r: HeldReservation): WireHeldReservation {
  return { instance_uuid: r.instanceUuid, node: r.node, namespace: r.namespace, lease_expires: epoch(r.leaseExpires), until_consumed: r.leaseExpires === null };
}

function instanceUuid(value: string): string {
  if (value === '') throw new ValidationError('instance_uuid is required');
  return value;
}

export function schedulingService(rt: RpcRuntime, defaultLeaseSeconds: number): SchedulingServiceHandlers {
  const placement = (req: PlaceInstancesRequest__Output) => {
    if (req.namespace === '') throw new ValidationError('namespace is required');
    const demands = req.demands.map((d) => ({ instanceUuid: instanceUuid(d.instance_uuid), namespace: req.namespace, cpus: d.cpus, memoryMib: Number(d.memory_mib), diskGib: Number(d.disk_gib) }));
    return { demands, candidates: req.candidates, leaseSeconds: req.lease_seconds === 0 ? defaultLeaseSeconds : req.lease_seconds };
  };
  const toWire = (p: Placement) => ({ instance_uuid: p.instanceUuid, node: p.node, reservation_uuid: p.reservationUuid });
  const toWirePlacements = (placements: readonly Placement[]): PlaceInstancesResponse => ({ placements: placements.map(toWire) });
  return {
    ListCandidates: unary(rt, 'ListCandidates', 'read', async (req, { db }) => ({ nodes: await listCandidates(db, req.namespace) })),
    PlaceInstances: unary(rt, 'PlaceInstances', 'write', async (req, { db }) => {
      const { demands, candidates, leaseSeconds } = placement(req);
      return toWirePlacements(await new Reservations(db).place(demands, candidates, leaseSeconds));
    }),
    // Each item is a placement of its own (independent, idempotent) and is settled on its own; see placeEach.
    PlaceMany: unary(rt, 'PlaceMany', 'write', async (req, { db }) => ({
      outcomes: (await settleEach(req.requests, placement, (items) => placeEach(db, new Reservations(db), items, rt.log), toWirePlacements, 'placement failed')).map(({ value, error }) => ({ placed: value, error })),
    })),
    ConsumeReservation: unary(rt, 'ConsumeReservation', 'write', async (req, { db }) => {
      await new Reservations(db).consume(instanceUuid(req.instance_uuid));
      return { ok: true };
    }),
    RenewReservation: unary(rt, 'RenewReservation', 'write', async (req, { db }) => {
      const leaseSeconds = req.until_consumed ? null : req.lease_seconds === 0 ? defaultLeaseSeconds : req.lease_seconds;
      await new Reservations(db).renew(instanceUuid(req.instance_uuid), leaseSeconds);
      return { ok: true };
    }),
    ReleaseReservation: unary(rt, 'ReleaseReservation', 'write', async (req, { db }) => ({ released: await new Reservations(db).release(instanceUuid(req.instance_uuid)) })),
    GetReservation: unary(rt, 'GetReservation', 'read', async (req, { db }) => {
      const held = await new Reservations(db).held(instanceUuid(req.instance_uuid));
      return held === undefined ? {} : { placement: toWire(held) };
    }),
    ListHeldReservations: unary(rt, 'ListHeldReservations', 'read', async (req, { db }) => ({
      reservations: (await new Reservations(db).listHeld(Math.min(req.limit === 0 ? HELD_LIMIT : req.limit, HELD_LIMIT))).map(heldWire),
    })),
    ReapExpiredReservations: unary(rt, 'ReapExpiredReservations', 'write', async (req, { db }) => ({
      instance_uuids: await new Reservations(db).reapExpired(req.limit === 0 ? undefined : req.limit),
    })),
    ReconcileCapacity: unary(rt, 'ReconcileCapacity', 'write', async (_req, { db }) => {
      const drift = await new Reservations(db).reconcile();
      for (const d of drift) rt.log.warn({ scope: d.scope, counter_key: d.key, before: d.before, after: d.after }, 'capacity counter drift corrected');
      return { drift: drift.map((d) => ({ scope: d.scope, key: d.key, before: wire(d.before), after: wire(d.after) })) };
    }),
    SetNodeLimits: unary(rt, 'SetNodeLimits', 'write', async (req, { db }) => {
      if (req.node === '') throw new ValidationError('node is required');
      await new Reservations(db).setNodeLimits(req.node, capacity(req.limits, 'limits'));
      return { ok: true };
    }),
    SetQuota: unary(rt, 'SetQuota', 'write', async (req, { db }) => {
      if (req.namespace === '') throw new ValidationError('namespace is required');
      await new Reservations(db).setQuota(req.namespace, {
        cpus: req.has_cpus ? req.cpus : null,
        memoryMib: req.has_memory_mib ? Number(req.memory_mib) : null,
        diskGib: req.has_disk_gib ? Number(req.disk_gib) : null,
        instances: req.has_instances ? req.instances : null,
      });
      return { ok: true };
    }),
  };
}
