export { TierPlacementStore } from './tier-store.js';
export { Scheduler, type Demand, type Placement, type PlacementStore, type SchedulerOptions } from './scheduler.js';
export { planPlacement, describeRejections } from './plan.js';
export { FILTERS, type Filter } from './filters.js';
export type { Affinity, Capacity, InstanceDemand, NodeCandidate, Plan, PlacementRequest, PlanOptions, Weighting } from './types.js';
