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
  log: Logger;
}

export class Scheduler {
  constructor(
    private readonly store: PlacementStore,
    private readonly options: SchedulerOptions,
  ) {}

  /** Plans, then claims. Nothing fitting is an InsufficientCapacityError (507) saying which filter removed how many nodes. */
  async place(request: PlacementRequest): Promise<Placement[]> {
    const nodes = await this.store.candidates(request.namespace);
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
