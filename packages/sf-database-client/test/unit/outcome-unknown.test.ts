import assert from 'node:assert/strict';
import type { ServerUnaryCall, sendUnaryData } from '@grpc/grpc-js';
import { DatabaseUnavailableError } from '@sf/common';
import { IDEMPOTENCY_KEY, databaseServices } from '@sf/proto';
import { Transport } from '../../src/internal/transport.js';
import { cleanedAfterEach, deadAddress, fakeTier, hang, type FakeTier, type Handler } from '../support/fake-tier.js';

const services = databaseServices();
const releaseLock = services.lock.ReleaseLock;

const unknownOutcome = (key: (k: string) => boolean) => (err: unknown) =>
  err instanceof DatabaseUnavailableError &&
  err.code === 'SF_ERR_UNAVAILABLE_OUTCOME_UNKNOWN' &&
  typeof err.details?.idempotency_key === 'string' &&
  key(err.details.idempotency_key) &&
  typeof (err.cause as { code?: unknown } | undefined)?.code === 'number';

const notApplied = (err: unknown) => err instanceof DatabaseUnavailableError && err.code === 'SF_ERR_UNAVAILABLE' && err.details === undefined;

describe('a call that changes data and fails unavailable', () => {
  const made = cleanedAfterEach();

  async function tierWith(handlers: Record<string, Handler>): Promise<FakeTier> {
    const tier = await fakeTier([[services.lock, handlers]]);
    made.tiers(tier);
    return tier;
  }

  function transport(addresses: string[], deadlineMs: number): Transport {
    const pool = made.pool(addresses, undefined);
    return new Transport(pool, deadlineMs, undefined);
  }

  it('says its outcome is unknown, with the key to call again with, when it ran out of time on a server', async () => {
    const keys: string[] = [];
    const tier = await tierWith({
      ReleaseLock: (call: ServerUnaryCall<unknown, unknown>) => {
        keys.push(String(call.metadata.get(IDEMPOTENCY_KEY)[0]));
      },
    });
    const t = transport([tier.address], 500);
    await assert.rejects(t.call(releaseLock, { name: 'l', holder: 'h' }, 'once'), unknownOutcome((k) => k === keys[0]));
    await assert.rejects(t.call(releaseLock, { name: 'l', holder: 'h' }, 'once', { idempotencyKey: 'caller-key' }), unknownOutcome((k) => k === 'caller-key'));
    assert.deepEqual(keys.slice(1), ['caller-key']);
  });

  it('says its outcome is unknown when the connection broke after it was sent, even if later attempts were refused', async () => {
    const tier = await tierWith({ ReleaseLock: () => tier.stop() });
    const t = transport([tier.address], 3_000);
    await assert.rejects(t.call(releaseLock, { name: 'l', holder: 'h' }, 'once'), unknownOutcome(() => true));
  });

  it('is plainly unavailable when nothing was sent', async () => {
    const t = transport([await deadAddress()], 2_000);
    await assert.rejects(t.call(releaseLock, { name: 'l', holder: 'h' }, 'once'), notApplied);
  });

  it('is plainly unavailable for a call that is safe to repeat', async () => {
    const tier = await tierWith({ GetLock: hang });
    const t = transport([tier.address], 500);
    await assert.rejects(t.call(services.lock.GetLock, { name: 'l' }, 'idempotent'), notApplied);
  });

  it('is answered as the server answered when a later attempt reached it (its key made the retry safe)', async () => {
    let calls = 0;
    const answered: Handler = (_call, callback: sendUnaryData<unknown>) => {
      calls += 1;
      callback(null, { ok: true, name: 'l', holder: 'h' });
    };
    const dropped = await tierWith({ ReleaseLock: () => dropped.stop() });
    const other = await tierWith({ ReleaseLock: answered });
    const t = transport([dropped.address, other.address], 3_000);
    const reply = await t.call(releaseLock, { name: 'l', holder: 'h' }, 'once');
    assert.equal(reply.ok, true);
    assert.equal(calls, 1);
  });
});
