import type { Server } from 'node:http';
import { serveMetrics } from '@sf/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface PoolUsage {
  total: number;
  free: number;
  waiting: number;
}

/** Observes one finished call; the children are cached per method so the hot path does no label hashing. */
export type CallObserver = (code: number, seconds: number) => void;

/**
 * The Prometheus metrics of one sf-database process: RPC counts and
 * latencies by method, the pipes and the calls sent on them, the MariaDB
 * pool's usage, and the event log's writes, prunes and size. Scraped at
 * :13006/metrics (`database_rpc_total` per instance shows how the clients
 * spread their calls). The event counters are per process; the row count is
 * the table's, the same from every one.
 */
export class TierMetrics {
  readonly registry = new Registry();
  private readonly calls: Counter<'method' | 'code'>;
  private readonly latency: Histogram<'method'>;
  readonly serving: Gauge;
  readonly eventsInserted: Counter;
  readonly eventsPruned: Counter;
  readonly eventRows: Gauge;
  readonly pipesOpen: Gauge;
  readonly pipeCalls: Counter;

  constructor(pool: () => PoolUsage) {
    collectDefaultMetrics({ register: this.registry, prefix: 'database_process_' });
    this.calls = new Counter({ name: 'database_rpc_total', help: 'RPCs served, by method and gRPC status code', labelNames: ['method', 'code'], registers: [this.registry] });
    this.latency = new Histogram({
      name: 'database_rpc_duration_seconds',
      help: 'RPC latency in this process, by method',
      labelNames: ['method'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [this.registry],
    });
    this.serving = new Gauge({ name: 'database_health_serving', help: '1 while the health check reports SERVING', registers: [this.registry] });
    this.eventsInserted = new Counter({
      name: 'database_events_inserted_total',
      help: 'Event rows written by this process (RecordEvents and its own audit events); a replayed event already recorded is not counted',
      registers: [this.registry],
    });
    this.eventsPruned = new Counter({ name: 'database_events_pruned_total', help: 'Event rows deleted by PruneEvents calls this process served', registers: [this.registry] });
    this.eventRows = new Gauge({
      name: 'database_events_rows',
      help: 'Rows in the events table as InnoDB estimates them (information_schema TABLE_ROWS), read about every 60 s',
      registers: [this.registry],
    });
    this.pipesOpen = new Gauge({ name: 'database_pipes_open', help: 'PipeService streams open to clients (about one per client process)', registers: [this.registry] });
    this.pipeCalls = new Counter({
      name: 'database_pipe_calls_total',
      help: 'Calls received on pipes rather than as unary RPCs (also counted in database_rpc_total by method)',
      registers: [this.registry],
    });
    const usage = (pick: (u: PoolUsage) => number) =>
      function (this: Gauge) {
        this.set(pick(pool()));
      };
    new Gauge({ name: 'database_pool_connections', help: 'MariaDB connections open in the pool', registers: [this.registry], collect: usage((u) => u.total) });
    new Gauge({ name: 'database_pool_free_connections', help: 'Idle MariaDB connections in the pool', registers: [this.registry], collect: usage((u) => u.free) });
    new Gauge({ name: 'database_pool_waiting', help: 'Queries waiting for a pool connection', registers: [this.registry], collect: usage((u) => u.waiting) });
  }

  observer(method: string): CallObserver {
    const latency = this.latency.labels(method);
    const ok = this.calls.labels(method, '0');
    return (code, seconds) => {
      latency.observe(seconds);
      if (code === 0) ok.inc();
      else this.calls.labels(method, String(code)).inc();
    };
  }

  /** Serves /metrics on its own port, apart from gRPC. */
  listen(host: string, port: number): Promise<Server> {
    return serveMetrics(this.registry, host, port);
  }
}
