import type { Capacity, InstanceDemand, NodeCandidate, PlacementRequest } from './types.js';

/** One filter: the reason a node cannot host the request, or undefined when it can. */
export interface Filter {
  name: string;
  reject(node: NodeCandidate, request: PlacementRequest, context: FilterContext): string | undefined;
}

export interface FilterContext {
  now: number;
  staleAfterSeconds: number;
  /** The demand of the whole request, and of its largest instance. */
  total: Capacity;
  largest: Capacity;
}

const DIMENSIONS: Array<{ name: string; key: keyof Capacity; unit: string }> = [
  { name: 'cpus', key: 'cpus', unit: 'vCPUs' },
  { name: 'memory', key: 'memoryMib', unit: 'MiB' },
  { name: 'disk', key: 'diskGib', unit: 'GiB' },
];

function capacityFilter(dimension: (typeof DIMENSIONS)[number]): Filter {
  return {
    name: dimension.name,
    reject: (node, _request, context) => {
      const free = node.limits[dimension.key] - node.used[dimension.key];
      const need = context.largest[dimension.key];
      return need > free ? `${dimension.name}: needs ${need} ${dimension.unit}, ${free} free` : undefined;
    },
  };
}

function hasTag(node: NodeCandidate, tags: readonly string[]): boolean {
  return tags.some((tag) => node.tags.includes(tag));
}

/** In order: cheap and decisive first, so the counts read as "why" to an operator. */
export const FILTERS: readonly Filter[] = [
  {
    name: 'state',
    reject: (node, _request, context) => {
      if (node.state !== 'created') return `state: node is ${node.state}`;
      if (context.now - node.lastSeen > context.staleAfterSeconds) return `state: not seen for ${Math.round(context.now - node.lastSeen)} s`;
      return undefined;
    },
  },
  {
    name: 'requested_node',
    reject: (node, request) => (request.requestedNode !== undefined && request.requestedNode !== node.name ? 'requested_node: another node was asked for' : undefined),
  },
  ...DIMENSIONS.map(capacityFilter),
  {
    name: 'affinity',
    reject: (node, request) => {
      const required = request.affinity?.requireWith ?? [];
      return required.length > 0 && !hasTag(node, required) ? `affinity: hosts no instance tagged ${required.join(' or ')}` : undefined;
    },
  },
  {
    name: 'anti_affinity',
    reject: (node, request) => {
      const banned = request.affinity?.requireWithout ?? [];
      return banned.length > 0 && hasTag(node, banned) ? `anti_affinity: hosts an instance tagged ${banned.join(' or ')}` : undefined;
    },
  },
];

export function demandOf(instances: readonly InstanceDemand[]): { total: Capacity; largest: Capacity } {
  const total = { cpus: 0, memoryMib: 0, diskGib: 0 };
  const largest = { cpus: 0, memoryMib: 0, diskGib: 0 };
  for (const instance of instances) {
    for (const { key } of DIMENSIONS) {
      total[key] += instance[key];
      largest[key] = Math.max(largest[key], instance[key]);
    }
  }
  return { total, largest };
}
