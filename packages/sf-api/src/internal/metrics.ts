import type { Server } from 'node:http';
import { serveMetrics } from '@sf/common';
import { EVENT_DROP_REASONS, type EventWriter } from '@sf/database-client';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Readiness } from './readiness.js';

const START = Symbol('sf-api-start');
/** The status recorded for a request its client abandoned before the answer (nginx's convention). */
const CLIENT_CLOSED = '499';

/** The app's metrics: the registry to expose, and a count for what no hook sees. */
export interface ApiMetrics {
  registry: Registry;
  /** A request refused before routing (a malformed or oversized URL): counted under route `unrouted`. */
  countUnrouted(method: string, status: number): void;
}

/** What the metrics read of the event writer, at scrape time. */
export type EventQueue = Pick<EventWriter, 'stats'>;

/**
 * The event writer's queue depth and drops by reason. The writer keeps the
 * counts; a scrape copies them in, so recording an event costs nothing more.
 */
function installEventMetrics(registry: Registry, events: EventQueue): void {
  new Gauge({ name: 'sf_api_event_queue_depth', help: 'Events recorded and not yet taken by the tier', registers: [registry], collect() { this.set(events.stats().queued); } });
  new Counter({
    name: 'sf_api_events_dropped_total',
    help: 'Events the event writer dropped: refused (invalid, by the tier), given_up (failed alone again and again), overflow (buffer full)',
    labelNames: ['reason'],
    registers: [registry],
    collect() {
      const { dropped } = events.stats();
      // The writer's counts only grow, so taking them over whole keeps this a counter.
      this.reset();
      // Drops at close happen after the metrics port has closed, where no scrape sees them: the log reports those.
      for (const reason of EVENT_DROP_REASONS) if (reason !== 'closed') this.inc({ reason }, dropped[reason]);
    },
  });
}

/** Requests by route and status, latencies, in-flight, readiness and the event writer, on their own registry (one per app, for tests). */
export function installMetrics(app: FastifyInstance, readiness: Readiness, events: EventQueue): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  installEventMetrics(registry, events);
  const requests = new Counter({ name: 'sf_api_requests_total', help: 'Requests answered, by route and status', labelNames: ['method', 'route', 'status'], registers: [registry] });
  const latency = new Histogram({
    name: 'sf_api_request_duration_seconds', help: 'Time to answer, by route', labelNames: ['method', 'route'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [registry],
  });
  const inFlight = new Gauge({ name: 'sf_api_requests_in_flight', help: 'Requests being answered', registers: [registry] });
  new Gauge({ name: 'sf_api_ready', help: '1 when /readyz answers 200', registers: [registry], collect() { this.set(readiness.isReady() ? 1 : 0); } });
  // Each series' children kept once made: prom-client hashes a label object on every call otherwise.
  type Series = { count: ReturnType<typeof requests.labels>; latency: ReturnType<typeof latency.labels> };
  const children = new Map<string, Series>();
  const seriesOf = (method: string, route: string, status: string): Series => {
    const key = `${method} ${route} ${status}`;
    let series = children.get(key);
    if (series === undefined) {
      series = { count: requests.labels(method, route, status), latency: latency.labels(method, route) };
      children.set(key, series);
    }
    return series;
  };
  app.addHook('onRequest', async (request) => {
    (request as unknown as Record<symbol, number>)[START] = performance.now();
    inFlight.inc();
  });
  // A request whose client went away before the answer gets no onResponse (the
  // reply never finishes), so it is counted once by whichever hook comes first.
  const settle = (request: FastifyRequest, status: string): void => {
    const marks = request as unknown as Record<symbol, number | undefined>;
    const start = marks[START];
    if (start === undefined) return;
    marks[START] = undefined;
    inFlight.dec();
    // The route pattern, not the URL, so label cardinality stays bounded.
    const series = seriesOf(request.method, request.routeOptions.url ?? 'unknown', status);
    series.count.inc();
    series.latency.observe((performance.now() - start) / 1000);
  };
  app.addHook('onResponse', async (request, reply) => settle(request, String(reply.statusCode)));
  app.addHook('onRequestAbort', async (request) => settle(request, CLIENT_CLOSED));
  return { registry, countUnrouted: (method, status) => requests.inc({ method, route: 'unrouted', status: String(status) }) };
}

/** Prometheus text on api.metrics_port, apart from the REST port so it is never load balanced. */
export function startMetricsServer(registry: Registry, host: string, port: number): Promise<Server> {
  return serveMetrics(registry, host, port);
}
