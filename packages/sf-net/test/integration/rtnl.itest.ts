import assert from 'node:assert/strict';
import { NetlinkError } from '../../src/index.js';
import { Rtnl } from '../../src/internal/rtnl.js';
import { Lab } from './fixture.js';

/** The package's socket inside an Rtnl, which tests reach to stand in for the kernel misbehaving. */
function packageSocket(rtnl: Rtnl): { socket: { emit: (event: string, err: Error) => boolean }; getLinks: () => Promise<unknown> } {
  return (rtnl as unknown as { socket: ReturnType<typeof packageSocket> }).socket;
}

describe('netlink sockets that fail', () => {
  let lab: Lab;
  let ns: string;

  before(async () => {
    lab = new Lab();
    ns = await lab.namespace('rt');
  });

  after(() => lab.cleanup());

  it('a receive error fails what is waiting, naming the operation, and the next request gets a fresh socket', async () => {
    const rtnl = Rtnl.open(ns);
    try {
      const waiting = rtnl.links();
      // What the package does on ENOBUFS: re-emit the raw socket's error. Unheard, it would kill the process.
      packageSocket(rtnl).socket.emit('error', Object.assign(new Error('recvmsg ENOBUFS'), { code: 'ENOBUFS' }));
      await assert.rejects(waiting, (err: unknown) => {
        assert.ok(err instanceof NetlinkError);
        assert.deepEqual([err.operation, err.errno], ['dump links', 'ENOBUFS']);
        return true;
      });
      assert.ok((await rtnl.links()).some((l) => l.name === 'lo'), 'the socket was reopened');
    } finally {
      rtnl.close();
    }
  });

  it('a reply that never comes times out, and the socket is replaced', async () => {
    const rtnl = Rtnl.open(ns, { timeoutMs: 100 });
    try {
      packageSocket(rtnl).getLinks = () => new Promise(() => undefined);
      await assert.rejects(rtnl.links(), (err: unknown) => err instanceof NetlinkError && err.operation === 'dump links' && err.errno === 'ETIMEDOUT');
      assert.ok((await rtnl.links()).some((l) => l.name === 'lo'), 'a new socket answers');
    } finally {
      rtnl.close();
    }
  });

  it('after close, requests are refused', async () => {
    const rtnl = Rtnl.open(ns);
    rtnl.close();
    await assert.rejects(rtnl.links(), (err: unknown) => err instanceof NetlinkError && /socket closed/.test(err.message));
  });
});
