import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type { ServerDuplexStream } from '@grpc/grpc-js';
import { NotFoundError, createLogger } from '@sf/common';
import type { PipeCall__Output, PipeReply } from '@sf/proto';
import { TierMetrics } from '../../src/server/metrics.js';
import type { PoolCatalog } from '../../src/allocator/allocator.js';
import type { Sql } from '../../src/internal/sql.js';
import type { OvercommitPolicy } from '../../src/scheduling/overcommit.js';
import type { Audit } from '../../src/server/audit.js';
import { serviceTable } from '../../src/server/grpc-server.js';
import { PipeServer, pipeTargets } from '../../src/server/pipe.js';
import type { Serve } from '../../src/server/unary.js';

/** A pipe's server side as the handler sees it: what it wrote, and whether it ended. */
class FakeStream extends EventEmitter {
  readonly replies: PipeReply[] = [];
  ended = false;
  write(reply: PipeReply): boolean {
    this.replies.push(reply);
    return true;
  }
  end(): void {
    this.ended = true;
  }
  call(id: number, method: string, request: unknown): void {
    this.emit('data', { id, method, request: Buffer.from(JSON.stringify(request)), request_id: '' } satisfies PipeCall__Output);
  }
}

const target = (serve: Serve<unknown, unknown>) => ({
  deserialize: (bytes: Buffer): unknown => JSON.parse(bytes.toString()),
  serialize: (response: unknown): Buffer => Buffer.from(JSON.stringify(response)),
  serve,
});

const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('the server side of a pipe', () => {
  let held: Array<() => void> = [];
  const echo = target(async (request) => request);
  const slow = target((request) => new Promise((resolve) => held.push(() => resolve(request))));
  const stray = target(() => Promise.reject(new TypeError('not an SfError')));
  const missing = target(() => Promise.reject(new NotFoundError('instance x not found', { code: 'SF_ERR_NOT_FOUND_INSTANCE' })));
  const server = () =>
    new PipeServer(
      new Map([['/echo', echo], ['/slow', slow], ['/stray', stray], ['/missing', missing]]),
      createLogger({ name: 'test', level: 'silent' }),
      new TierMetrics(() => ({ total: 0, free: 0, waiting: 0 })),
      64,
    );
  const open = (pipes: PipeServer): FakeStream => {
    const stream = new FakeStream();
    pipes.handler(stream as unknown as ServerDuplexStream<PipeCall__Output, PipeReply>);
    return stream;
  };
  afterEach(() => {
    for (const release of held) release();
    held = [];
  });

  it('answers each call by its id, as it finishes', async () => {
    const stream = open(server());
    stream.call(1, '/slow', 'first');
    stream.call(2, '/echo', 'second');
    await flush();
    assert.deepEqual(stream.replies.map((r) => r.id), [2]);
    held.splice(0).forEach((release) => release());
    await flush();
    assert.deepEqual(stream.replies.map((r) => [r.id, JSON.parse(String(r.response))]), [[2, 'second'], [1, 'first']]);
  });

  it('fails alone a call whose reply is larger than a message may be, instead of the whole pipe', async () => {
    const stream = open(server());
    stream.call(1, '/echo', 'x'.repeat(100));
    stream.call(2, '/echo', 'small');
    await flush();
    const [large, small] = stream.replies;
    assert.deepEqual([large?.id, large?.code, large?.error_code], [1, 13, 'SF_ERR_INTERNAL_REPLY_TOO_LARGE']);
    assert.deepEqual([small?.id, small?.code ?? 0], [2, 0]);
    assert.equal(stream.ended, false);
  });

  it("sends the tier's error with its code, and never answers OK for something that is not an SfError", async () => {
    const stream = open(server());
    stream.call(1, '/missing', {});
    stream.call(2, '/stray', {});
    await flush();
    const [notFound, stray] = stream.replies;
    assert.deepEqual([notFound?.code, notFound?.error_code, notFound?.message], [5, 'SF_ERR_NOT_FOUND_INSTANCE', 'instance x not found']);
    assert.equal(stray?.code, 13);
    assert.equal(stray?.response, undefined);
  });

  it('refuses a method it does not serve on a pipe, with a code that sends the client unary', async () => {
    const stream = open(server());
    stream.call(1, '/sf.database.v1.MetadataService/SetMetadata', {});
    await flush();
    assert.deepEqual([stream.replies[0]?.code, stream.replies[0]?.error_code], [12, 'SF_ERR_NOT_IMPLEMENTED']);
  });

  it("serves exactly the tier's reads on a pipe: every Get, List and Has method, and no write", () => {
    const rt = { db: {} as Sql, log: createLogger({ name: 'test', level: 'silent' }), metrics: new TierMetrics(() => ({ total: 0, free: 0, waiting: 0 })) };
    const placement = { catalog: {} as PoolCatalog, audit: {} as Audit, reservationLeaseSeconds: 60, overcommit: {} as OvercommitPolicy };
    const table = serviceTable(rt, placement);
    const paths = table.flatMap(([definition]) => Object.values(definition).map((method) => method.path));
    const reads = paths.filter((path) => /\/(Get|List|Has)[A-Z]/.test(path));
    assert.deepEqual([...pipeTargets(table).keys()].sort(), reads.sort());
    assert.ok(reads.length >= 29 && reads.length < paths.length);
  });

  it('on drain, ends an idle pipe at once, a busy one once its calls are answered, and one opened later at once', async () => {
    const pipes = server();
    const idle = open(pipes);
    const busy = open(pipes);
    busy.call(1, '/slow', 'in flight');
    await flush();
    pipes.drain();
    assert.deepEqual([idle.ended, busy.ended], [true, false]);
    busy.call(2, '/echo', 'too late');
    await flush();
    assert.deepEqual(busy.replies.map((r) => [r.id, r.code]), [[2, 14]]);
    held.splice(0).forEach((release) => release());
    await flush();
    assert.deepEqual([busy.replies.map((r) => r.id), busy.ended], [[2, 1], true]);
    assert.equal(open(pipes).ended, true);
  });
});
