import type { FastifyInstance, RouteOptions } from 'fastify';
import type { ApiDeps } from '../internal/context.js';

/** One resource's routes: a fastify plugin body given the dependencies (and the route table, for openapi). */
export type RoutePlugin = (app: FastifyInstance, deps: ApiDeps, routes: () => RouteOptions[]) => void | Promise<void>;
