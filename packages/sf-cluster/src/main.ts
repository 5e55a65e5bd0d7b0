import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Server } from 'node:http';
import { ConfigError, envName, handleShutdownSignals, reportFailure, startDaemon } from '@sf/common';
import { DatabaseClient } from '@sf/database-client';
import { failAbandonedCreates } from './abandoned-creates.js';
import { AbandonedDeletes } from './abandoned-deletes.js';
import { checkClusterConfig } from './config-check.js';
import { monotonic } from './clock.js';
import { Heartbeat } from './heartbeat.js';
import { maintenanceJobs, type MaintenancePort } from './jobs.js';
import { Leadership } from './leadership.js';
import { Maintainer } from './maintainer.js';
import { ClusterMetrics } from './metrics.js';
import { Purger } from './purge-deleted.js';

/** Finished operations deleted per tier call: short lock holds, and a backlog spread over items of the job's budget. */
const PRUNE_SLICE = 1000;

const { config, log, notifier } = startDaemon('sf-cluster');
try {
  checkClusterConfig(config);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  reportFailure('sf-cluster', err.message);
  process.exit(1);
}
const abandonedMs = config.cluster.abandoned_interval_seconds * 1000;
const jobs = maintenanceJobs({
  reapMs: config.cluster.reap_interval_seconds * 1000,
  reclaimMs: config.cluster.reclaim_interval_seconds * 1000,
  reconcileMs: config.scheduler.reconcile_interval_seconds * 1000,
  abandonedMs,
  purgeMs: config.cluster.purge_interval_seconds * 1000,
});
// Each uses the other: the leadership counts its answers here, and the leader gauge reads it when scraped (once served, below).
const metrics: ClusterMetrics = new ClusterMetrics(jobs.map((job) => job.name), () => leadership.isLeader);
const client = DatabaseClient.fromConfig(config.mariadb_gateway, log);
const holder = `${config.node.name === '' ? hostname() : config.node.name}:${process.pid}:${randomBytes(3).toString('hex')}`;
const deadlineMs = config.mariadb_gateway.deadline_ms;
const leadership: Leadership = new Leadership(client.locks, holder, { seconds: config.cluster.lock_lease_seconds, marginMs: deadlineMs }, log, monotonic, metrics);
const abandonedDeletes = new AbandonedDeletes(client, config.cluster.abandoned_create_seconds, abandonedMs);
const purger = new Purger(client, config.cluster.cleaner_delay_seconds);
const port: MaintenancePort = {
  reapExpiredReservations: () => client.scheduling.reapExpired(),
  reclaimExpiredAllocations: () => client.allocations.reclaimExpired(),
  reconcileCapacity: () => client.scheduling.reconcile(),
  failAbandonedCreates: (run) => failAbandonedCreates(client, config.cluster.abandoned_create_seconds, run),
  requeueAbandonedDeletes: (run) => abandonedDeletes.pass(run),
  purgeDeleted: (run) => purger.pass(run),
  pruneOperations: () => client.operations.prune(config.cluster.operation_retention_seconds, PRUNE_SLICE),
};
const tickMs = config.cluster.tick_seconds * 1000;
const heartbeat = new Heartbeat(notifier);
const maintainer = new Maintainer(leadership, jobs, port, log, heartbeat, { renewEveryMs: tickMs, observer: metrics });

const metricsHost = config.node.mesh_ip;
const metricsPort = config.cluster.metrics_port;
// Before READY=1: a port already taken fails the start, so systemd sees it fail and retries.
let metricsServer: Server;
try {
  metricsServer = await metrics.listen(metricsHost, metricsPort);
} catch (err) {
  reportFailure('sf-cluster', `cluster.metrics_port (${envName('cluster', 'metrics_port')}): cannot serve metrics on ${metricsHost}:${metricsPort}: ${err instanceof Error ? err.message : String(err)}`);
  log.error({ err, metrics_host: metricsHost, metrics_port: metricsPort }, 'refusing to start');
  client.close();
  process.exit(1);
}

let running = true;
const pause = new AbortController();
/** The pause between passes, in slices no longer than systemd's watchdog interval: a long tick is idle, not wedged. */
async function rest(): Promise<void> {
  const until = performance.now() + tickMs;
  for (let left = tickMs; left > 0 && running; left = until - performance.now()) {
    const interval = notifier.watchdogIntervalMs();
    await sleep(interval > 0 ? Math.min(left, interval) : left, undefined, { signal: pause.signal }).catch(() => undefined);
    heartbeat.beat();
  }
}

async function loop(): Promise<void> {
  while (running) {
    await maintainer.pass();
    heartbeat.beat();
    await rest();
  }
}

notifier.ready(`maintainer candidate ${holder}`);
log.info({ holder, metrics_host: metricsHost, metrics_port: metricsPort }, 'started');
const looping = loop();

/** How long a shutdown waits for the pass in hand to reach the end of an item. */
const passGraceMs = config.cluster.shutdown_timeout * 1000;
handleShutdownSignals({
  log,
  notifier,
  // The pass's grace, then a renewal in flight and the release, each one tier call; closing the metrics port takes no call.
  timeoutMs: passGraceMs + 2 * deadlineMs + 1000,
  drain: async () => {
    running = false;
    maintainer.stop();
    pause.abort();
    const stopped = await Promise.race([looping.then(() => true), sleep(passGraceMs, false, { ref: false })]);
    if (stopped) {
      await leadership.resign();
    } else {
      log.warn({ grace_ms: passGraceMs }, 'the pass in hand did not stop in time; leaving the lease to lapse');
      leadership.abandon();
    }
    client.close();
    await new Promise<void>((resolve) => metricsServer.close(() => resolve()));
  },
});

await looping;
