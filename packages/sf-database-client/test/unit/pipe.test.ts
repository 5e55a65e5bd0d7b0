import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ServerUnaryCall, sendUnaryData } from '@grpc/grpc-js';
import { databaseServices, type PipeReply } from '@sf/proto';
import type { Endpoint } from '../../src/internal/endpoints.js';
import { PIPE_IDLE_MS } from '../../src/internal/pipe.js';
import { Transport } from '../../src/internal/transport.js';
import { cleanedAfterEach, fakePipe, fakeTier, type PipeAnswer } from '../support/fake-tier.js';
import { recordingLog } from '../support/recording-log.js';

const services = databaseServices();
const getLock = services.lock.GetLock;
const LOCK = { ok: true, lock: { name: 'l', holder: 'h', acquired_at: 0, expires_at: 0, generation: 1 } };

/** A unary GetLock that answers, counting its calls. */
function unaryGetLock(): { handler: (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => void; calls: () => number } {
  let calls = 0;
  return {
    handler: (_call, callback) => {
      calls += 1;
      callback(null, LOCK);
    },
    calls: () => calls,
  };
}

/** A pipe that answers GetLock as the unary handler would. */
const answersGetLock: PipeAnswer = (call) => ({ id: call.id, response: getLock.responseSerialize(LOCK) });

async function revisionKnown(endpoint: Endpoint): Promise<void> {
  while (endpoint.revision === undefined) await sleep(5);
}

describe('the pipe: reads on one stream per endpoint', () => {
  const made = cleanedAfterEach();

  function transport(addresses: string[], deadlineMs = 5_000) {
    const { log, lines } = recordingLog();
    const pool = made.pool(addresses, log);
    return { pool, transport: new Transport(pool, deadlineMs, log), lines };
  }

  /**
   * A stand-in tier serving GetLock (unary, counted) and the given services,
   * and a transport to it that has made one read (unary: the revision was not
   * known yet) and has since learnt the revision.
   */
  async function warmed(extra: Parameters<typeof fakeTier>[0], revision: number, deadlineMs?: number) {
    const unary = unaryGetLock();
    const tier = await fakeTier([[services.lock, { GetLock: unary.handler }], ...extra], { revision });
    made.tiers(tier);
    const { pool, transport: t, lines } = transport([tier.address], deadlineMs);
    const read = () => t.call(getLock, { name: 'l' }, 'read');
    await read();
    await revisionKnown(pool.endpoints[0]!);
    return { pool, t, read, unary, lines };
  }

  it('is used once the endpoint is known to speak revision 10; its first call goes unary meanwhile', async () => {
    const pipe = fakePipe(answersGetLock);
    const { read, unary } = await warmed([pipe.service], 10);
    for (let i = 0; i < 20; i += 1) assert.equal((await read()).lock?.holder, 'h');
    assert.deepEqual([unary.calls(), pipe.opened()], [1, 1]);
  });

  it('carries reads only: a write that may be retried freely stays unary, so an attempt given up cannot land after a later write', async () => {
    const pipe = fakePipe(answersGetLock);
    const { t, unary } = await warmed([pipe.service], 10);
    for (let i = 0; i < 10; i += 1) await t.call(getLock, { name: 'l' }, 'idempotent');
    assert.deepEqual([unary.calls(), pipe.opened()], [11, 0]);
  });

  it('is closed after a second with nothing in flight, so it keeps no process alive; the next read opens another', async () => {
    const pipe = fakePipe(answersGetLock);
    const { read } = await warmed([pipe.service], 10);
    for (let i = 0; i < 5; i += 1) await read();
    assert.deepEqual([pipe.opened(), pipe.cancelled()], [1, 0]);
    await sleep(PIPE_IDLE_MS + 500);
    assert.equal(pipe.cancelled(), 1);
    await read();
    assert.equal(pipe.opened(), 2);
  });

  it('is never opened to an endpoint that speaks an older revision: every call goes unary', async () => {
    const pipe = fakePipe(answersGetLock);
    const { read, unary } = await warmed([pipe.service], 9);
    for (let i = 0; i < 20; i += 1) await read();
    assert.deepEqual([unary.calls(), pipe.opened()], [21, 0]);
  });

  it('fails a call nobody answers at its deadline, as a hung unary call fails', async () => {
    const { read } = await warmed([fakePipe(() => 'hang').service], 10, 1_500);
    await assert.rejects(read(), (err: unknown) => err instanceof Error && /deadline/i.test(err.message));
  });

  it('ended by the server with a call in flight (it is draining): the call goes to another endpoint', async () => {
    const draining = fakePipe(() => 'end');
    const answering = fakePipe(answersGetLock);
    const first = await fakeTier([[services.lock, { GetLock: unaryGetLock().handler }], draining.service], { revision: 10 });
    const second = await fakeTier([[services.lock, { GetLock: unaryGetLock().handler }], answering.service], { revision: 10 });
    made.tiers(first, second);
    const { pool, transport: t } = transport([first.address, second.address]);
    await Promise.all([t.call(getLock, { name: 'l' }, 'read'), t.call(getLock, { name: 'l' }, 'read')]);
    await Promise.all(pool.endpoints.map(revisionKnown));
    for (let i = 0; i < 6; i += 1) assert.equal((await t.call(getLock, { name: 'l' }, 'read')).lock?.holder, 'h');
    assert.ok(draining.opened() >= 1, 'the first endpoint was sent calls on its pipe');
  });

  it('refused by what answers (a build without PipeService behind a proxy): its reads go unary at once, the endpoint kept in the rotation', async () => {
    const { pool, read, unary, lines } = await warmed([], 10);
    const refusals = () => lines.filter((l) => /pipe refused/.test(l.msg)).length;
    for (let i = 0; i < 10; i += 1) assert.equal((await read()).lock?.holder, 'h');
    const retries = lines.filter((l) => /retrying on another endpoint/.test(l.msg)).length;
    assert.deepEqual([unary.calls(), refusals(), retries, pool.endpoints[0]!.healthy], [11, 1, 0, true]);
    // The next time the endpoint says what it speaks, its pipe is tried again.
    pool.endpoints[0]!.spoke(10);
    await read();
    assert.deepEqual([unary.calls(), refusals()], [12, 2]);
  });

  it('lets its calls in flight finish when the pool closes, as unary calls do', async () => {
    const slow = fakePipe(async (call) => {
      await sleep(200);
      return answersGetLock(call) as PipeReply;
    });
    const { pool, read } = await warmed([slow.service], 10);
    const inFlight = read();
    await sleep(50);
    pool.close();
    assert.equal((await inFlight).lock?.holder, 'h');
  });
});
