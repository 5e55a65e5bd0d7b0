import { InsufficientCapacityError, type Logger } from '@sf/common';
import { FILTERS, demandOf } from './filters.js';
import { describeRejections, planPlacement } from './plan.js';
import type { NodeCandidate, PlacementRequest, Plan, Weighting } from './types.js';

export interface Demand {
  instanceUuid: string;
  namespace: string;
  cpus: number;
  memoryMib: number;
  diskGib: number;
}

export interface Placement {
  instanceUuid: string;
  node: string;
  reservationUuid: string;
}

/** The two calls the scheduler makes to the sf-database tier. */
export interface PlacementStore {
  /** Every node with its counters, and the tags of the namespace's instances on it. */
  candidates(namespace: string): Promise<NodeCandidate[]>;
  /** One atomic claim: every demand placed on the first candidate with room, or none at all. */
  reserve(demands: Demand[], candidates: string[], leaseSeconds: number): Promise<Placement[]>;
}

export interface SchedulerOptions {
  weighting: Weighting;
  staleAfterSeconds: number;
  leaseSeconds: number;
  /** Log every rejected node's reason on each placement. */
  diagnostic: boolean;
  /**
   * How long a snapshot of the nodes is reused (0: not at all; placements
   * that need one at the same moment still share one read). It is only a
   * hint; the claim decides, and a claim that finds no room on a reused
   * snapshot is retried once on one read after the refusal.
   */
  snapshotTtlMs?: number;
  log: Logger;
}

interface Snapshot {
  nodes: NodeCandidate[];
  takenAt: number;
}

export class Scheduler {
  private readonly snapshots = new Map<string, Snapshot>();
  /** Snapshots being read: callers that find theirs stale at the same moment share one read. */
  private readonly reading = new Map<string, { read: Promise<NodeCandidate[]>; startedAt: number }>();

  constructor(
    private readonly store: PlacementStore,
    private readonly options: SchedulerOptions,
  ) {}

  /** Plans, then claims. Nothing fitting is an InsufficientCapacityError (507) saying which filter removed how many nodes. */
  async place(request: PlacementRequest): Promise<Placement[]> {
    const reused = this.reusable(request.namespace);
    const nodes = reused?.nodes ?? (await this.freshSnapshot(request.namespace));
    try {
      return await this.placeOn(nodes, request);
    } catch (err) {
      if (reused === undefined || !(err instanceof InsufficientCapacityError)) throw err;
      // Only a read started after the refusal can show what changed since.
      return this.placeOn(await this.freshSnapshot(request.namespace, performance.now()), request);
    }
  }

  private reusable(namespace: string): Snapshot | undefined {
    const ttl = this.options.snapshotTtlMs ?? 0;
    const cached = this.snapshots.get(namespace);
    return ttl > 0 && cached !== undefined && Date.now() - cached.takenAt < ttl ? cached : undefined;
  }

  /** A snapshot read now, or one being read that started no earlier than notBefore (performance.now() time). */
  private freshSnapshot(namespace: string, notBefore = -Infinity): Promise<NodeCandidate[]> {
    const inFlight = this.reading.get(namespace);
    if (inFlight !== undefined && inFlight.startedAt >= notBefore) return inFlight.read;
    const read = this.store.candidates(namespace).finally(() => {
      if (this.reading.get(namespace)?.read === read) this.reading.delete(namespace);
    });
    this.reading.set(namespace, { read, startedAt: performance.now() });
    return read.then((nodes) => {
      if ((this.options.snapshotTtlMs ?? 0) > 0) this.snapshots.set(namespace, { nodes, takenAt: Date.now() });
      return nodes;
    });
  }

  private async placeOn(nodes: NodeCandidate[], request: PlacementRequest): Promise<Placement[]> {
    const plan = planPlacement(nodes, request, {
      weighting: this.options.weighting,
      staleAfterSeconds: this.options.staleAfterSeconds,
      diagnostic: this.options.diagnostic,
    });
    if (this.options.diagnostic) {
      this.options.log.info({ namespace: request.namespace, ordered: plan.ordered, reasons: plan.reasons }, 'placement plan');
    }
    if (plan.ordered.length === 0) throw this.noCandidate(nodes, request, plan);
    const demands = request.instances.map((instance) => ({
      instanceUuid: instance.uuid,
      namespace: request.namespace,
      cpus: instance.cpus,
      memoryMib: instance.memoryMib,
      diskGib: instance.diskGib,
    }));
    try {
      return await this.store.reserve(demands, plan.ordered, this.options.leaseSeconds);
    } catch (err) {
      if (err instanceof InsufficientCapacityError) {
        throw new InsufficientCapacityError(`${err.message} (${plan.ordered.length} candidate(s) passed the filters)`, {
          code: err.code,
          details: { ...err.details, rejected: plan.rejected },
          cause: err,
        });
      }
      throw err;
    }
  }

  private noCandidate(nodes: readonly NodeCandidate[], request: PlacementRequest, plan: Plan): InsufficientCapacityError {
    const details = { rejected: plan.rejected, considered: nodes.length };
    if (request.requestedNode !== undefined) {
      const node = nodes.find((candidate) => candidate.name === request.requestedNode);
      const reason = node === undefined ? 'no such node' : firstReason(node, request, this.options.staleAfterSeconds);
      return new InsufficientCapacityError(`requested node ${request.requestedNode} cannot host it: ${reason}`, {
        code: 'SF_ERR_INSUFFICIENT_CAPACITY_REQUESTED_NODE',
        details,
      });
    }
    return new InsufficientCapacityError(describeRejections(plan, nodes.length), { code: 'SF_ERR_INSUFFICIENT_CAPACITY_NODES', details });
  }
}

function firstReason(node: NodeCandidate, request: PlacementRequest, staleAfterSeconds: number): string {
  const context = { now: Date.now() / 1000, staleAfterSeconds, ...demandOf(request.instances) };
  for (const filter of FILTERS) {
    const reason = filter.reject(node, request, context);
    if (reason !== undefined) return reason;
  }
  return 'it filled up before the claim';
}
