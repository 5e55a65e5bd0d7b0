import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type RouteOptions } from 'fastify';
import type { Registry } from 'prom-client';
import { installAuth } from './internal/auth-hook.js';
import { installBodyParsing } from './internal/body.js';
import type { ApiDeps } from './internal/context.js';
import { SF_MESSAGE, installErrorHandlers, sendError } from './internal/errors.js';
import { installIdempotency } from './internal/idempotency-hook.js';
import { installMetrics, type ApiMetrics } from './internal/metrics.js';
import { ROUTES } from './routes/index.js';

export interface App {
  app: FastifyInstance;
  metrics: Registry;
  /** Every route as registered, for /openapi.json and the schema test. */
  routes: RouteOptions[];
}

const PROBES = new Set(['/livez', '/readyz', '/healthz']);
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** Request bodies are small JSON documents; uploads (16 MiB chunks) are not served yet. */
const BODY_LIMIT = 1024 * 1024;
/** A path parameter as sent: a 255-character name or metadata key, percent-encoded UTF-8, fits (fastify's default is 100). */
const MAX_PARAM_LENGTH = 255 * 12;

/** The fastify app with every route of ROUTES, hooks in a fixed order: metrics, auth, body, idempotency. */
export async function buildApp(deps: ApiDeps): Promise<App> {
  // Filled in once the metrics exist; the refusals below can only come once the app listens.
  const counted: { metrics?: ApiMetrics } = {};
  const app: FastifyInstance = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'request_id' }),
    bodyLimit: BODY_LIMIT,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // `x-sf-message` gives a field Shaken Fist's own wording for a wrong type (internal/errors.ts); verbose lets the
    // error handler see it. The first error is the one reported.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false, verbose: true, allowUnionTypes: true, keywords: [SF_MESSAGE] } },
    return503OnClosing: false,
    // HEAD twins of GET routes would inherit a body schema HEAD cannot have.
    exposeHeadRoutes: false,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // A malformed or oversized URL is refused before routing; it still gets Shaken Fist's envelope.
    frameworkErrors: (err, request, reply) => {
      // No hook runs for these: the request id header, the count and the access log line are done here.
      const status = err.statusCode ?? 400;
      reply.header('x-request-id', request.id);
      counted.metrics?.countUnrouted(request.method, status);
      request.log.info({ method: request.method, route: null, status, err_code: err.code }, 'request refused before routing');
      sendError(request, reply, status, err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'a path parameter is too long' : 'the url is not valid', 'SF_ERR_INVALID_URL');
    },
  });
  // Shaken Fist's client sends GET parameters as a JSON body (API.md section 1.2): let fastify parse and validate them.
  app.addHttpMethod('GET', { hasBody: true, overrideExisting: true });
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  installErrorHandlers(app);
  const metrics = installMetrics(app, deps.readiness, deps.events);
  counted.metrics = metrics;
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    // Probes come every few seconds from every load balancer: not worth a line each (plans-digest section 3).
    if (PROBES.has(request.routeOptions.url ?? '')) return;
    request.log.info({ method: request.method, route: request.routeOptions.url, status: reply.statusCode, duration_ms: Math.round(reply.elapsedTime * 100) / 100 }, 'request');
  });
  installAuth(app, deps);
  installBodyParsing(app, BODY_LIMIT);
  installIdempotency(app, deps);
  for (const plugin of ROUTES) await app.register(async (scope) => plugin(scope, deps, () => routes));
  await app.ready();
  return { app, metrics: metrics.registry, routes };
}
