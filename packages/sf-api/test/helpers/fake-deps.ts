import { NotFoundError } from '@sf/common';
import type { DatabaseClient, EventWriter } from '@sf/database-client';
import type { Scheduler } from '@sf/scheduler';
import type { ApiDeps } from '../../src/internal/context.js';
import type { IdempotencyStore, StoredReply } from '../../src/internal/idempotency.js';
import type { KeyRecord, KeyStore } from '../../src/internal/keys.js';
import { Readiness } from '../../src/internal/readiness.js';
import { signToken } from '../../src/internal/token.js';
import { quietLog } from './stack.js';

export const TOKENS = { secret: 'unit-secret', duration: 900, issuer: 'shakenfist' };

/** In-memory keys: enough for authentication in unit tests. */
export function memoryKeys(records: Record<string, KeyRecord[]> = {}): KeyStore {
  const find = (ns: string, name: string): KeyRecord => {
    const k = records[ns]?.find((r) => r.keyName === name);
    if (k === undefined) throw new NotFoundError('no such key');
    return k;
  };
  return {
    get: async (ns, name) => find(ns, name),
    list: async (ns) => records[ns] ?? [],
    set: async (ns, name, hash) => {
      const rec = { keyName: name, keyHash: hash, nonce: String(Math.random()) };
      records[ns] = [...(records[ns] ?? []).filter((r) => r.keyName !== name), rec];
      return rec;
    },
    delete: async (ns, name) => {
      const before = records[ns]?.length ?? 0;
      records[ns] = (records[ns] ?? []).filter((r) => r.keyName !== name);
      return (records[ns]?.length ?? 0) < before;
    },
    trusts: async () => [],
    addTrust: async () => [],
    removeTrust: async () => [],
  };
}

export function memoryIdempotency(): IdempotencyStore & { stored: Map<string, StoredReply> } {
  const stored = new Map<string, StoredReply>();
  return {
    stored,
    get: async (key) => stored.get(key),
    put: async (key, _namespace, reply) => {
      if (!stored.has(key)) stored.set(key, reply);
    },
  };
}

/** Deps over a partial fake client: only what a test touches needs to exist. */
export function fakeDeps(db: Partial<Record<keyof DatabaseClient, unknown>> = {}): ApiDeps {
  const readiness = new Readiness(async () => ({ passed: true, warnings: [] }));
  return {
    db: db as unknown as DatabaseClient,
    scheduler: {} as Scheduler,
    keys: memoryKeys({ system: [{ keyName: 'admin', keyHash: '', nonce: 'n1' }], t1: [{ keyName: 'k', keyHash: '', nonce: 'n2' }] }),
    tokens: TOKENS,
    idempotency: memoryIdempotency(),
    readiness,
    events: { record: () => undefined } as unknown as EventWriter,
    log: quietLog,
    createLeaseSeconds: 600,
  };
}

export const adminToken = (): Promise<string> => signToken(TOKENS, { namespace: 'system', keyName: 'admin', nonce: 'n1' });
export const tenantToken = (): Promise<string> => signToken(TOKENS, { namespace: 't1', keyName: 'k', nonce: 'n2' });
