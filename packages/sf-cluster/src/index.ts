export { Leadership, MAINTAINER_LOCK, type LeaseTerms, type LockPort } from './leadership.js';
export { Maintainer, DEFAULT_BUDGET, type JobBudget, type MaintainerOptions } from './maintainer.js';
export { maintenanceJobs, type Job, type JobIntervals, type MaintenancePort } from './jobs.js';
export type { JobRun } from './job-run.js';
export { failAbandonedCreates } from './abandoned-creates.js';
export { AbandonedDeletes } from './abandoned-deletes.js';
export { Purger } from './purge-deleted.js';
export { checkClusterConfig } from './config-check.js';
