import type { RoutePlugin } from './types.js';

const text = { 200: { type: 'string' }, 503: { type: 'string' } };
const anyBody = {};

/** Probes for load balancers (plans-digest section 3): text/plain, no auth, no database call. */
export const healthRoutes: RoutePlugin = (app, deps) => {
  app.get('/livez', { config: { public: true }, schema: { summary: 'The process can answer', body: anyBody, response: text } },
    async (_request, reply) => reply.type('text/plain').send('ok'));

  app.get('/readyz', { config: { public: true }, schema: { summary: 'Ready for traffic (cached flag)', body: anyBody, response: text } },
    async (_request, reply) => {
      const ready = deps.readiness.isReady();
      return reply.code(ready ? 200 : 503).type('text/plain').send(ready ? 'ready' : 'not ready');
    });

  app.get('/healthz', {
    config: { public: true },
    schema: {
      summary: 'Readiness with details for humans', body: anyBody,
      response: { 200: { type: 'object', additionalProperties: true }, 503: { type: 'object', additionalProperties: true } },
    },
  }, async (_request, reply) => {
    const state = deps.readiness.state();
    return reply.code(state.ready ? 200 : 503).send({ status: state.ready ? 'ready' : 'not ready', ...state });
  });
};
