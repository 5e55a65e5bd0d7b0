export { Leadership, MAINTAINER_LOCK, type LeaseObserver, type LeaseResult, type LeaseTerms, type LockPort } from './leadership.js';
export { Maintainer, DEFAULT_BUDGET, type JobBudget, type JobObserver, type JobReport, type JobResult, type MaintainerOptions } from './maintainer.js';
export { ClusterMetrics } from './metrics.js';
export { maintenanceJobs, type Job, type JobIntervals, type MaintenancePort } from './jobs.js';
export type { JobRun } from './job-run.js';
export { failAbandonedCreates } from './abandoned-creates.js';
export { AbandonedDeletes } from './abandoned-deletes.js';
export { Purger } from './purge-deleted.js';
export { checkClusterConfig } from './config-check.js';
