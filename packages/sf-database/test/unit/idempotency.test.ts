import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@sf/common';
import type { PoolCatalog } from '../../src/allocator/allocator.js';
import type { Sql } from '../../src/internal/sql.js';
import type { OvercommitPolicy } from '../../src/scheduling/overcommit.js';
import type { Audit } from '../../src/server/audit.js';
import { serviceTable } from '../../src/server/grpc-server.js';
import { requestFingerprint } from '../../src/server/idempotency.js';
import { TierMetrics } from '../../src/server/metrics.js';
import { fingerprinted } from '../../src/server/unary.js';

describe('request fingerprints', () => {
  const rt = { db: {} as Sql, log: createLogger({ name: 'test', level: 'silent' }), metrics: new TierMetrics(() => ({ total: 0, free: 0, waiting: 0 })) };
  const placement = { catalog: {} as PoolCatalog, audit: {} as Audit, reservationLeaseSeconds: 60, overcommit: {} as OvercommitPolicy };
  const table = serviceTable(rt, placement);
  const [instanceDefinition, instanceHandlers] = table.find(([definition]) => 'CreateInstance' in definition) ?? assert.fail('no instance service');
  const wrapped = fingerprinted(instanceDefinition, instanceHandlers);

  it("hashes the bytes a keyed method's request came in, so every attempt of a call matches whatever build decodes it", () => {
    const update = instanceDefinition['UpdateInstance'] ?? assert.fail('no UpdateInstance');
    const bytes = update.requestSerialize({ uuid: 'u', node: 'n1', console_port: 5900 });
    assert.equal(requestFingerprint(bytes), requestFingerprint(update.requestSerialize({ uuid: 'u', node: 'n1', console_port: 5900 })), 'a retry of the same request');
    assert.notEqual(requestFingerprint(update.requestSerialize({ uuid: 'u', node: 'n2', console_port: 5900 })), requestFingerprint(bytes));
    assert.notEqual(requestFingerprint(update.requestSerialize({ uuid: 'u', node: 'n1', console_port: 0 })), requestFingerprint(update.requestSerialize({ uuid: 'u', node: 'n1' })), 'an optional field set to 0 is sent');
  });

  it('wraps the decoder of every keyed (once) method and of nothing else', () => {
    const changed = Object.keys(wrapped).filter((name) => wrapped[name] !== instanceDefinition[name]).sort();
    assert.deepEqual(changed, ['CreateInstance', 'DeleteInstance', 'FailInstanceCreate', 'FinishUnplacedDelete', 'TransitionInstanceState', 'UpdateInstance']);
    assert.equal(wrapped['GetInstance'], instanceDefinition['GetInstance'], 'a read decodes as it did');
  });

  it('across every service, wraps exactly the methods the rpc files declare once: a missed one would fail every keyed call', () => {
    const rpcDir = fileURLToPath(new URL('../../../src/rpc/', import.meta.url));
    const declared = readdirSync(rpcDir)
      .filter((file) => file.endsWith('.rpc.ts'))
      .flatMap((file) => [...readFileSync(join(rpcDir, file), 'utf8').matchAll(/unary\(rt, '(\w+)', 'once'/g)].map((m) => m[1]))
      .sort();
    const wrappedNames = table
      .flatMap(([definition, handlers]) => {
        const all = fingerprinted(definition, handlers);
        return Object.keys(all).filter((name) => all[name] !== definition[name]);
      })
      .sort();
    assert.ok(declared.length > 30);
    assert.deepEqual(wrappedNames, declared);
  });

  it('decodes a keyed request as before', () => {
    const method = wrapped['TransitionInstanceState'] ?? assert.fail('no TransitionInstanceState');
    const original = instanceDefinition['TransitionInstanceState'] ?? assert.fail('no TransitionInstanceState');
    const bytes = original.requestSerialize({ uuid: 'u', to_state: 'created', from_states: ['initial'] });
    assert.deepEqual(method.requestDeserialize(bytes), original.requestDeserialize(bytes));
  });
});
