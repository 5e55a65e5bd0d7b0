import { Writable } from 'node:stream';
import type { Registry } from 'prom-client';
import { createLogger } from '@sf/common';
import { Scheduler, TierPlacementStore } from '@sf/scheduler';
import { startTier, type Tier } from '@sf/tools/tier';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { buildApp } from '../../src/app.js';
import type { ApiDeps } from '../../src/internal/context.js';
import { hashKey } from '../../src/internal/keys.js';
import { Readiness } from '../../src/internal/readiness.js';
import { checkTier } from '../../src/internal/tier-check.js';
import { tierIdempotencyStore } from '../../src/internal/tier-idempotency.js';
import { tierKeyStore } from '../../src/internal/tier-keys.js';
import { call, type CallOptions, type Reply } from './http.js';

export const SECRET = 'test-signing-secret-0123456789abcdef';
export const SYSTEM_KEY = 'system-key-for-tests';

export interface Stack {
  tier: Tier;
  app: FastifyInstance;
  routes: RouteOptions[];
  deps: ApiDeps;
  metrics: Registry;
  base: string;
  call(method: string, path: string, options?: CallOptions): Promise<Reply>;
  login(namespace: string, key: string): Promise<string>;
  stop(): Promise<void>;
}

export const quietLog = createLogger({ name: 'sf-api-test', level: 'warn', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

/** A real tier (sf-database processes over MariaDB), the system namespace with a key, and sf-api on a loopback port. */
export async function startStack(options: { tier?: Tier; tokenDuration?: number } = {}): Promise<Stack> {
  const tier = options.tier ?? (await startTier(1));
  try {
    const db = tier.client;
    await db.namespaces.create('system').catch(() => undefined);
    await db.namespaces.setKey('system', 'admin', await hashKey(SYSTEM_KEY));
    const readiness = new Readiness((t) => checkTier(db, t));
    await readiness.runCheck();
    const deps: ApiDeps = {
      db, readiness, log: quietLog,
      scheduler: new Scheduler(new TierPlacementStore(db), { weighting: 'spread', staleAfterSeconds: 3600, leaseSeconds: 600, diagnostic: false, log: quietLog }),
      keys: tierKeyStore(db),
      idempotency: tierIdempotencyStore(db),
      events: db.eventWriter({ flushIntervalMs: 50 }),
      tokens: { secret: SECRET, duration: options.tokenDuration ?? 900, issuer: 'shakenfist' },
      createLeaseSeconds: 600,
    };
    const { app, routes, metrics } = await buildApp(deps);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    const stack: Stack = {
      tier, app, routes, deps, metrics, base,
      call: (method, path, o) => call(base, method, path, o),
      login: async (namespace, key) => {
        const r = await call(base, 'POST', '/auth', { body: { namespace, key } });
        if (r.status !== 200) throw new Error(`login ${namespace}: ${r.status} ${r.text}`);
        return (r.json as { access_token: string }).access_token;
      },
      stop: async () => {
        await app.close();
        await deps.events.close();
        if (options.tier === undefined) await tier.stop();
      },
    };
    return stack;
  } catch (err) {
    if (options.tier === undefined) await tier.stop();
    throw err;
  }
}

/** A hypervisor the scheduler can place on. */
export async function addNode(tier: Tier, name: string, cpus = 16, memoryMib = 65536, diskGib = 1000): Promise<void> {
  await tier.client.nodes.register({ name, fqdn: name, mesh_ip: '127.0.0.1', cpus, memory_mib: memoryMib, disk_gib: diskGib, roles: ['hypervisor'] });
  await tier.client.scheduling.setNodeLimits(name, { cpus, memory_mib: memoryMib, disk_gib: diskGib });
}
