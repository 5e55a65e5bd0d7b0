import type { DatabaseClient } from '@sf/database-client';
import type { Demand, Placement, PlacementStore } from './scheduler.js';
import type { NodeCandidate } from './types.js';

/** The PlacementStore of a real cluster: two calls to the sf-database tier per placement. */
export class TierPlacementStore implements PlacementStore {
  constructor(private readonly client: DatabaseClient) {}

  async candidates(namespace: string): Promise<NodeCandidate[]> {
    const nodes = await this.client.scheduling.candidates(namespace);
    return nodes.map((node) => ({
      name: node.name,
      state: node.state,
      lastSeen: node.last_seen,
      limits: { cpus: node.limits?.cpus ?? 0, memoryMib: Number(node.limits?.memory_mib ?? 0), diskGib: Number(node.limits?.disk_gib ?? 0) },
      used: { cpus: node.used?.cpus ?? 0, memoryMib: Number(node.used?.memory_mib ?? 0), diskGib: Number(node.used?.disk_gib ?? 0) },
      tags: node.tags,
    }));
  }

  async reserve(demands: Demand[], candidates: string[], leaseSeconds: number): Promise<Placement[]> {
    const namespace = demands[0]?.namespace ?? '';
    const placements = await this.client.scheduling.place(
      namespace,
      demands.map((d) => ({ instance_uuid: d.instanceUuid, cpus: d.cpus, memory_mib: d.memoryMib, disk_gib: d.diskGib })),
      candidates,
      leaseSeconds,
    );
    return placements.map((p) => ({ instanceUuid: p.instance_uuid, node: p.node, reservationUuid: p.reservation_uuid }));
  }
}
