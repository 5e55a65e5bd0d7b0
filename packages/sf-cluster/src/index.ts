export { Leadership, MAINTAINER_LOCK, type LockPort } from './leadership.js';
export { Maintainer } from './maintainer.js';
export { maintenanceJobs, type Job, type JobIntervals, type MaintenancePort } from './jobs.js';
export { failAbandonedCreates, type Abandoned } from './abandoned-creates.js';
export { requeueAbandonedDeletes } from './abandoned-deletes.js';
