export interface Capacity {
  cpus: number;
  memoryMib: number;
  diskGib: number;
}

/** What the scheduler knows of one node when it plans: a snapshot, only a hint; the claim decides. */
export interface NodeCandidate {
  name: string;
  state: string;
  /** Seconds since the epoch of the node's last heartbeat. */
  lastSeen: number;
  limits: Capacity;
  used: Capacity;
  /** Tags of the requesting namespace's live instances on this node, one entry per instance and tag. */
  tags: string[];
}

export interface InstanceDemand extends Capacity {
  uuid: string;
}

/**
 * Affinity between instances of one namespace, by tag. `requireWith`: only
 * nodes hosting an instance with one of these tags; `requireWithout`: never a
 * node hosting one (anti-affinity); `prefer`: tag -> weight, positive to
 * attract and negative to repel, summed per matching instance.
 */
export interface Affinity {
  requireWith?: string[];
  requireWithout?: string[];
  prefer?: Record<string, number>;
}

export interface PlacementRequest {
  namespace: string;
  instances: InstanceDemand[];
  requestedNode?: string;
  affinity?: Affinity;
}

export type Weighting = 'spread' | 'pack';

export interface PlanOptions {
  weighting: Weighting;
  /** A node not heard from for this long is not a candidate. */
  staleAfterSeconds: number;
  /** Collect each rejected node's reason (costly on big clusters; for diagnosis). */
  diagnostic: boolean;
  now?: number;
  /** Source of the tie-break between equally loaded nodes; tests pass a fixed one. */
  random?: () => number;
}

export interface Plan {
  /** Candidates that passed every filter, best first. */
  ordered: string[];
  /** How many nodes each filter removed. */
  rejected: Record<string, number>;
  /** Per-node reasons; only in diagnostic mode. */
  reasons?: Record<string, string>;
}
