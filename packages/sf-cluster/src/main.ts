import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { handleShutdownSignals, startDaemon } from '@sf/common';
import { DatabaseClient } from '@sf/database-client';
import { failAbandonedCreates } from './abandoned-creates.js';
import { requeueAbandonedDeletes } from './abandoned-deletes.js';
import { maintenanceJobs, type MaintenancePort } from './jobs.js';
import { Leadership } from './leadership.js';
import { Maintainer } from './maintainer.js';
import { Purger } from './purge-deleted.js';

const { config, log, notifier } = startDaemon('sf-cluster');
const client = DatabaseClient.fromConfig(config.mariadb_gateway, log);
const holder = `${config.node.name === '' ? hostname() : config.node.name}:${process.pid}:${randomBytes(3).toString('hex')}`;
const leadership = new Leadership(client.locks, holder, config.cluster.lock_lease_seconds, log);
const purger = new Purger(client, config.cluster.cleaner_delay_seconds);
const port: MaintenancePort = {
  reapExpiredReservations: () => client.scheduling.reapExpired(),
  reclaimExpiredAllocations: () => client.allocations.reclaimExpired(),
  reconcileCapacity: () => client.scheduling.reconcile(),
  failAbandonedCreates: (olderThanSeconds) => failAbandonedCreates(client, olderThanSeconds),
  requeueAbandonedDeletes: (olderThanSeconds) => requeueAbandonedDeletes(client, olderThanSeconds),
  purgeDeleted: () => purger.pass(),
};
const jobs = maintenanceJobs({
  reapMs: config.cluster.reap_interval_seconds * 1000,
  reclaimMs: config.cluster.reclaim_interval_seconds * 1000,
  reconcileMs: config.scheduler.reconcile_interval_seconds * 1000,
  abandonedMs: config.cluster.abandoned_interval_seconds * 1000,
  abandonedAfterSeconds: config.cluster.abandoned_create_seconds,
  purgeMs: config.cluster.purge_interval_seconds * 1000,
});
const maintainer = new Maintainer(leadership, jobs, port, log);

let running = true;
handleShutdownSignals({
  log,
  notifier,
  timeoutMs: 15_000,
  drain: async () => {
    running = false;
    await leadership.resign();
    client.close();
  },
});

notifier.ready(`maintainer candidate ${holder}`);
log.info({ holder }, 'started');
while (running) {
  await maintainer.pass();
  notifier.watchdog();
  await sleep(config.cluster.tick_seconds * 1000);
}
