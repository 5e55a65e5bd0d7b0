import { handleShutdownSignals, reportFailure, startDaemon } from '@sf/common';
import { hostname } from 'node:os';
import { PoolCatalog } from './allocator/allocator.js';
import { createKnex } from './internal/connection.js';
import { PoolSql } from './internal/sql.js';
import { verifySchema } from './schema/status.js';
import { AuditBuffer } from './server/audit.js';
import { EventRowsRefresh } from './server/event-rows.js';
import { startGrpcServer, stopGrpcServer } from './server/grpc-server.js';
import { HEALTH_INTERVAL_MS, HealthState, checkMariadb } from './server/health.js';
import { pruneIdempotencyKeys } from './server/idempotency.js';
import { MainLoop } from './server/main-loop.js';
import { TierMetrics } from './server/metrics.js';


/** Options a test or the all-in-one passes on the command line, over the configuration. */
export interface ServeOptions {
  host?: string;
  port?: number;
  metricsPort?: number;
}

/**
 * `sf-database serve`: verify the schema (never migrate), open the pool,
 * serve gRPC and metrics, then run the main loop (server/main-loop.ts):
 * the MariaDB health check every 10 s, idempotency key pruning, and
 * WATCHDOG=1 from the loop itself so a wedged loop gets the process
 * restarted. The event log's row count is read beside it
 * (server/event-rows.ts).
 */
export async function serve(options: ServeOptions = {}): Promise<number> {
  const { config, log, notifier } = startDaemon('sf-database');
  const gateway = config.mariadb_gateway;
  const knex = createKnex(config.mariadb, { poolSize: 1, log });
  try {
    await verifySchema(knex);
  } catch (err) {
    reportFailure('sf-database', err instanceof Error ? err.message : String(err));
    log.error({ err }, 'refusing to start');
    return 1;
  } finally {
    await knex.destroy();
  }

  const db = PoolSql.create(config.mariadb);
  const metrics = new TierMetrics(() => db.usage());
  const health = new HealthState(log, (status) => metrics.serving.set(status === 'SERVING' ? 1 : 0));
  metrics.serving.set(1);
  const host = options.host ?? config.node.mesh_ip;
  // The metrics port first: a port already taken then stops the start before anything serves.
  const metricsServer = await metrics.listen(host, options.metricsPort ?? gateway.metrics_port).catch(async (err: unknown) => {
    await db.end();
    throw err;
  });
  const audit = new AuditBuffer(db, log, config.node.name === '' ? hostname() : config.node.name, { written: (events) => metrics.eventsInserted.inc(events) });
  const placement = {
    catalog: new PoolCatalog({ consolePorts: { min: config.scheduler.console_port_min, max: config.scheduler.console_port_max } }),
    audit,
    reservationLeaseSeconds: config.scheduler.reservation_lease_seconds,
    overcommit: {
      cpuRatio: config.scheduler.cpu_overcommit_ratio,
      memoryRatio: config.scheduler.memory_overcommit_ratio,
      memoryReservedMib: config.scheduler.memory_system_reserved_mib,
      diskRatio: config.scheduler.disk_overcommit_ratio,
    },
  };
  let grpcServer: Awaited<ReturnType<typeof startGrpcServer>>;
  try {
    grpcServer = await startGrpcServer({ db, log, metrics }, placement, health, host, options.port ?? gateway.port);
  } catch (err) {
    metricsServer.close();
    await audit.close();
    await db.end();
    throw err;
  }
  const { port } = grpcServer;
  log.info({ host, port, metrics_port: options.metricsPort ?? gateway.metrics_port }, 'serving');
  notifier.ready(`serving on ${host}:${port}`);
  const eventRows = new EventRowsRefresh(db, (rows) => metrics.eventRows.set(rows), log);
  eventRows.start();

  const loop = new MainLoop({
    check: async () => {
      const problem = await checkMariadb(config.mariadb);
      health.set(problem === undefined ? 'SERVING' : 'NOT_SERVING', problem);
    },
    serving: () => health.status === 'SERVING',
    prune: () => pruneIdempotencyKeys(db),
    pruneFailed: (err) => log.warn({ err }, 'idempotency key pruning failed'),
    watchdog: () => notifier.watchdog(),
    checkEveryMs: HEALTH_INTERVAL_MS,
  });
  const drainMs = gateway.shutdown_timeout * 1000;
  handleShutdownSignals({
    log,
    notifier,
    timeoutMs: drainMs + 5000,
    drain: async () => {
      health.shutdown();
      await Promise.all([stopGrpcServer(grpcServer, drainMs), loop.stop(), eventRows.stop()]);
      await audit.close();
      await new Promise<void>((resolve) => metricsServer.close(() => resolve()));
      await db.end();
    },
  });
  await loop.start();
  return 0;
}
