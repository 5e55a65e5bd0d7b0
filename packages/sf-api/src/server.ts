import { setTimeout as sleep } from 'node:timers/promises';
import { handleShutdownSignals, reportFailure, startDaemon } from '@sf/common';
import { DatabaseClient } from '@sf/database-client';
import { Scheduler, TierPlacementStore } from '@sf/scheduler';
import { buildApp } from './app.js';
import type { ApiDeps } from './internal/context.js';
import { startMetricsServer } from './internal/metrics.js';
import { Readiness } from './internal/readiness.js';
import { checkTier } from './internal/tier-check.js';
import { tierIdempotencyStore } from './internal/tier-idempotency.js';
import { tierKeyStore } from './internal/tier-keys.js';

const MIN_SECRET_LENGTH = 32;

/**
 * sf-api as a daemon: REST on api.port, metrics on api.metrics_port. On
 * SIGTERM /readyz turns 503 at once, requests are still served for
 * api.drain_grace seconds (so load balancers notice), then the server stops
 * accepting and in-flight requests get api.shutdown_timeout seconds; exit 0.
 */
export async function serve(): Promise<number> {
  const { config, log, notifier } = startDaemon('sf-api');
  // Anyone holding one token can guess a short secret offline, and then mint tokens for any key.
  if (config.api.auth_secret.length < MIN_SECRET_LENGTH) {
    reportFailure('sf-api', `api.auth_secret (SHAKENFIST_API_AUTH_SECRET) must be set, at least ${MIN_SECRET_LENGTH} characters (e.g. 24 random bytes in hex)`);
    return 1;
  }
  const db = DatabaseClient.fromConfig(config.mariadb_gateway, log);
  const scheduler = new Scheduler(new TierPlacementStore(db), {
    weighting: config.scheduler.weighting, staleAfterSeconds: config.scheduler.node_stale_seconds,
    leaseSeconds: config.scheduler.reservation_lease_seconds, snapshotTtlMs: config.scheduler.snapshot_ttl_ms,
    diagnostic: config.scheduler.diagnostic, log,
  });
  const readiness = new Readiness((timeoutMs) => checkTier(db, timeoutMs));
  const events = db.eventWriter({ log });
  const deps: ApiDeps = {
    db, scheduler, readiness, events, log,
    keys: tierKeyStore(db),
    idempotency: tierIdempotencyStore(db),
    tokens: { secret: config.api.auth_secret, duration: config.api.token_duration, issuer: 'shakenfist' },
    createLeaseSeconds: config.cluster.abandoned_create_seconds,
  };
  const { app, metrics } = await buildApp(deps);
  await app.listen({ host: config.api.listen_address, port: config.api.port });
  const metricsAddress = config.api.metrics_listen_address === '' ? config.node.mesh_ip : config.api.metrics_listen_address;
  const metricsServer = await startMetricsServer(metrics, metricsAddress, config.api.metrics_port);
  readiness.start();
  notifier.ready('serving');
  log.info({ port: config.api.port, metrics_address: metricsAddress, metrics_port: config.api.metrics_port }, 'sf-api serving');

  const graceMs = config.api.drain_grace * 1000;
  const shutdownMs = config.api.shutdown_timeout * 1000;
  handleShutdownSignals({
    log, notifier,
    timeoutMs: graceMs + shutdownMs + 5000,
    drain: async () => {
      readiness.drain();
      await sleep(graceMs);
      log.info({ shutdown_timeout_s: config.api.shutdown_timeout }, 'grace over, no longer accepting');
      const closing = app.close();
      const finished = await Promise.race([closing.then(() => true), sleep(shutdownMs).then(() => false)]);
      if (!finished) {
        log.warn('in-flight requests outlived shutdown_timeout; closing their connections');
        app.server.closeAllConnections();
      }
      metricsServer.close();
      readiness.stop();
      await events.close();
      db.close();
    },
  });
  return 0;
}
