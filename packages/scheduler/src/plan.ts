import { FILTERS, demandOf, type FilterContext } from './filters.js';
import type { NodeCandidate, Plan, PlacementRequest, PlanOptions } from './types.js';

/** Free share of the node's tightest dimension: the weighting's measure of how full it is. */
function freeShare(node: NodeCandidate): number {
  const shares = [
    node.limits.cpus === 0 ? 0 : (node.limits.cpus - node.used.cpus) / node.limits.cpus,
    node.limits.memoryMib === 0 ? 0 : (node.limits.memoryMib - node.used.memoryMib) / node.limits.memoryMib,
    node.limits.diskGib === 0 ? 0 : (node.limits.diskGib - node.used.diskGib) / node.limits.diskGib,
  ];
  return Math.min(...shares);
}

function affinityScore(node: NodeCandidate, request: PlacementRequest): number {
  const prefer = request.affinity?.prefer ?? {};
  let score = 0;
  for (const tag of node.tags) score += prefer[tag] ?? 0;
  return score;
}

/**
 * Filters then orders the candidates. Pure: the same snapshot and request
 * always give the same plan, so it is tested without a database. Per-node
 * reasons are only built in diagnostic mode; counts always are.
 */
export function planPlacement(nodes: readonly NodeCandidate[], request: PlacementRequest, options: PlanOptions): Plan {
  const context: FilterContext = { now: options.now ?? Date.now() / 1000, staleAfterSeconds: options.staleAfterSeconds, ...demandOf(request.instances) };
  const rejected: Record<string, number> = {};
  const reasons: Record<string, string> = {};
  const passed: NodeCandidate[] = [];
  for (const node of nodes) {
    let reason: string | undefined;
    let filterName = '';
    for (const filter of FILTERS) {
      reason = filter.reject(node, request, context);
      if (reason !== undefined) {
        filterName = filter.name;
        break;
      }
    }
    if (reason === undefined) {
      passed.push(node);
      continue;
    }
    rejected[filterName] = (rejected[filterName] ?? 0) + 1;
    if (options.diagnostic) reasons[node.name] = reason;
  }
  const direction = options.weighting === 'spread' ? -1 : 1;
  const random = options.random ?? Math.random;
  // Load is compared in whole percent and ties are broken at random, so
  // concurrent schedulers looking at the same snapshot do not all pick the
  // same node and queue on its counter row.
  const scored = passed.map((node) => ({ node, affinity: affinityScore(node, request), load: Math.floor(freeShare(node) * 100), tie: random() }));
  scored.sort((a, b) => b.affinity - a.affinity || direction * (a.load - b.load) || a.tie - b.tie);
  const plan: Plan = { ordered: scored.map((s) => s.node.name), rejected };
  if (options.diagnostic) plan.reasons = reasons;
  return plan;
}

/** "3 by state, 2 by memory": the why of an empty plan, for the 507 an operator reads. */
export function describeRejections(plan: Plan, total: number): string {
  const parts = Object.entries(plan.rejected).map(([filter, count]) => `${count} by ${filter}`);
  return `no node can host it: ${total} node(s) considered${parts.length > 0 ? `, removed ${parts.join(', ')}` : ''}`;
}
