import assert from 'node:assert/strict';
import type { ServerUnaryCall, sendUnaryData } from '@grpc/grpc-js';
import { databaseServices } from '@sf/proto';
import { Transport, withRevision } from '../../src/internal/transport.js';
import { cleanedAfterEach, deadAddress, fakeTier, hang } from '../support/fake-tier.js';
import { recordingLog } from '../support/recording-log.js';

const services = databaseServices();
const listNamespaces = services.namespace.ListNamespaces;

/** A ListNamespaces that answers, noting the deadline each call arrived with. */
function answering(deadlines: number[]) {
  return (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => {
    deadlines.push(new Date(call.getDeadline()).getTime());
    callback(null, { namespaces: [] });
  };
}

describe('attempt deadlines and endpoint health', () => {
  const made = cleanedAfterEach();

  function transport(addresses: string[], deadlineMs: number, log = recordingLog().log) {
    const pool = made.pool(addresses, log);
    return { pool, transport: new Transport(pool, deadlineMs, log) };
  }

  it('gives the whole deadline to the last endpoint in the rotation when the others are down', async () => {
    const deadlines: number[] = [];
    const survivor = await fakeTier([[services.namespace, { ListNamespaces: answering(deadlines) }]]);
    made.tiers(survivor);
    const { pool, transport: t } = transport([survivor.address, await deadAddress()], 60_000);
    pool.markDown(pool.endpoints[1]!, 'test: dead');
    const start = Date.now();
    await t.call(listNamespaces, {}, 'idempotent');
    assert.equal(deadlines.length, 1);
    assert.ok(deadlines[0]! - start > 45_000, 'not half of it, as if the dead endpoint could take the rest');
  });

  it('keeps an endpoint whose attempt was cut short but which answers its health check at once', async () => {
    const { log, waitFor } = recordingLog();
    const slow = await fakeTier([[services.namespace, { ListNamespaces: hang }]]);
    const deadlines: number[] = [];
    const other = await fakeTier([[services.namespace, { ListNamespaces: answering(deadlines) }]]);
    made.tiers(slow, other);
    const { pool, transport: t } = transport([slow.address, other.address], 3_000, log);
    await t.call(listNamespaces, {}, 'idempotent');
    assert.equal(deadlines.length, 1, 'the call moved on to the other endpoint');
    await waitFor(/slow but serving; kept in rotation/);
    assert.deepEqual(pool.endpoints.map((e) => e.healthy), [true, true]);
  });

  it('takes out an endpoint whose attempt was cut short when its health check goes unanswered too', async () => {
    const { log, waitFor } = recordingLog();
    const hung = await fakeTier([[services.namespace, { ListNamespaces: hang }]], { health: hang });
    const other = await fakeTier([[services.namespace, { ListNamespaces: answering([]) }]]);
    made.tiers(hung, other);
    const { pool, transport: t } = transport([hung.address, other.address], 3_000, log);
    await t.call(listNamespaces, {}, 'idempotent');
    const line = await waitFor(/out of rotation/);
    assert.equal(line.endpoint, hung.address);
    assert.deepEqual(pool.endpoints.map((e) => e.healthy), [false, true]);
  });

  it('takes out an endpoint that does not answer the API revision question, so later guarded calls do not wait on it', async () => {
    const hung = await fakeTier([[services.namespace, { ListNamespaces: answering([]) }]], { health: hang });
    const deadlines: number[] = [];
    const other = await fakeTier([[services.namespace, { ListNamespaces: answering(deadlines) }]], { revision: 5 });
    made.tiers(hung, other);
    const { pool, transport: t } = transport([hung.address, other.address], 5_000);
    await t.call(listNamespaces, {}, 'idempotent', withRevision(5, undefined));
    assert.equal(pool.endpoints[0]!.healthy, false);
    assert.equal(pool.pick(new Set()), pool.endpoints[1]);
    assert.equal(deadlines.length, 1);
  });
});
