import assert from 'node:assert/strict';
import { AttrStream, Flags, MessageType, formatMessage, parseMessages, rt, type NetlinkMessage_ } from 'netlink';
import { NetlinkError } from '../../src/errors.js';
import { DUMP_ATTEMPTS, Rtnl, type RtnlTransport } from '../../src/internal/rtnl.js';

const ENOBUFS = 105;
const NS = 'sft-fake';

/** One message, padded to where the next one starts, as the addon returns it (see read_replies in native/netlink.c). */
function reply(message: NetlinkMessage_): Buffer {
  const bytes = Buffer.concat(formatMessage(message));
  return Buffer.concat([bytes, Buffer.alloc(-bytes.length & 3)]);
}

/** A dump's reply as the kernel sends it: one link, then the end; every part marked when the dump was interrupted. */
function dumpReply(seq: number, name: string, interrupted: boolean): Buffer {
  const flags = Flags.MULTI | (interrupted ? Flags.DUMP_INTR : 0);
  const link = new AttrStream();
  rt.formatLinkMessage({ kind: 'link', data: { index: 1 }, attrs: { ifname: name } }, link);
  return Buffer.concat([
    reply({ type: rt.MessageType.NEWLINK, flags, seq, port: 0, data: link.bufs }),
    reply({ type: MessageType.DONE, flags, seq, port: 0, data: [Buffer.alloc(4)] }),
  ]);
}

/** A transport whose kernel answers each request by `reply` (the request's number in the test, from 1), recording what it was asked. */
class FakeKernel implements RtnlTransport {
  readonly opened: number[] = [];
  readonly closed: number[] = [];
  readonly sent: { fd: number; seq: number }[] = [];
  private nextFd = 1000;

  constructor(private readonly reply: (request: number, seq: number) => Buffer) {}

  open(): number {
    this.opened.push(this.nextFd);
    return this.nextFd++;
  }

  transact(fd: number, request: Buffer): Buffer {
    const seq = parseMessages(request)[0]?.seq ?? assert.fail('no request');
    this.sent.push({ fd, seq });
    return this.reply(this.sent.length, seq);
  }

  close(fd: number): void {
    this.closed.push(fd);
  }
}

const names = (links: readonly { name: string }[]): string[] => links.map((l) => l.name);
const distinct = (values: readonly number[]): boolean => new Set(values).size === values.length;

describe('rtnetlink requests (on a fake socket)', () => {
  it('control: a dump read whole is answered at the first attempt', async () => {
    const kernel = new FakeKernel((_, seq) => dumpReply(seq, 'whole', false));
    const rtnl = Rtnl.open(NS, { transport: kernel });
    assert.deepEqual(names(await rtnl.links()), ['whole']);
    assert.equal(kernel.sent.length, 1);
  });

  it('a dump the kernel marks interrupted is asked again, under a new number, and the clean answer returned', async () => {
    const kernel = new FakeKernel((request, seq) => (request === 1 ? dumpReply(seq, 'partial', true) : dumpReply(seq, 'whole', false)));
    const rtnl = Rtnl.open(NS, { transport: kernel });
    assert.deepEqual(names(await rtnl.links()), ['whole']);
    assert.equal(kernel.sent.length, 2);
    assert.ok(distinct(kernel.sent.map((s) => s.seq)), 'each attempt has its own sequence number');
    assert.deepEqual(kernel.opened, [1000], 'an interrupted dump keeps its socket');
  });

  it(`a dump interrupted ${DUMP_ATTEMPTS} times fails with EINTR, naming the operation and the link`, async () => {
    const kernel = new FakeKernel((_, seq) => dumpReply(seq, 'partial', true));
    const rtnl = Rtnl.open(NS, { transport: kernel });
    await assert.rejects(rtnl.links(), (err: unknown) => {
      assert.ok(err instanceof NetlinkError);
      assert.deepEqual([err.operation, err.link, err.errno], ['dump links', '*', 'EINTR']);
      assert.match(err.message, /netlink dump links failed for \* in netns sft-fake: EINTR/);
      return true;
    });
    assert.equal(kernel.sent.length, DUMP_ATTEMPTS);
    assert.ok(distinct(kernel.sent.map((s) => s.seq)), 'each attempt has its own sequence number');
  });

  it('a socket that fails is closed, and the next request opens a fresh one', async () => {
    const kernel = new FakeKernel((request, seq) => {
      if (request === 1) throw Object.assign(new Error('recv: No buffer space available'), { errno: ENOBUFS });
      return dumpReply(seq, 'whole', false);
    });
    const rtnl = Rtnl.open(NS, { transport: kernel });
    await assert.rejects(rtnl.links(), (err: unknown) => err instanceof NetlinkError && err.operation === 'dump links' && err.errno === 'ENOBUFS');
    assert.deepEqual(kernel.closed, [1000]);
    assert.deepEqual(names(await rtnl.links()), ['whole']);
    assert.deepEqual(kernel.opened, [1000, 1001]);
    assert.equal(kernel.sent[1]?.fd, 1001, 'the request went to the fresh socket');
  });
});
