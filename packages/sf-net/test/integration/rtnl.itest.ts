import assert from 'node:assert/strict';
import { closeSync, openSync } from 'node:fs';
import { formatMessage, parseMessages } from 'netlink';
import { NetlinkError } from '../../src/index.js';
import { netnsAddon } from '../../src/internal/native.js';
import { Rtnl } from '../../src/internal/rtnl.js';
import { Lab } from './fixture.js';

const NLM_F_ACK = 4;

/** Puts `fd` where the Rtnl keeps its socket, returning the socket's fd, as tests stand in for a socket gone bad. */
function swapSocket(rtnl: Rtnl, fd: number): number {
  const inner = rtnl as unknown as { fd: number };
  const socket = inner.fd;
  inner.fd = fd;
  return socket;
}

describe('netlink sockets that fail', () => {
  let lab: Lab;
  let ns: string;

  before(async () => {
    lab = new Lab();
    ns = await lab.namespace('rt');
  });

  after(() => lab.cleanup());

  it('a socket that fails fails the request, naming the operation, and the next request gets a fresh socket', async () => {
    const rtnl = Rtnl.open(ns);
    try {
      closeSync(swapSocket(rtnl, openSync('/dev/null', 'r')));
      await assert.rejects(rtnl.links(), (err: unknown) => {
        assert.ok(err instanceof NetlinkError);
        assert.deepEqual([err.operation, err.errno], ['dump links', 'ENOTSOCK']);
        return true;
      });
      assert.ok((await rtnl.links()).some((l) => l.name === 'lo'), 'the socket was reopened');
    } finally {
      rtnl.close();
    }
  });

  it('a reply that never comes times out, and the socket is replaced', async () => {
    const rtnl = Rtnl.open(ns, { timeoutMs: 100 });
    const addon = netnsAddon();
    const transact = addon.nlTransact;
    try {
      const lo = (await rtnl.linkByName('lo')) ?? assert.fail('no lo');
      // A request that only an ack would answer, sent without asking for one: the kernel sends nothing back.
      addon.nlTransact = (fd, request) => {
        const [m] = parseMessages(request);
        if (m === undefined) throw new Error('no request');
        return transact(fd, Buffer.concat(formatMessage({ ...m, flags: m.flags & ~NLM_F_ACK })));
      };
      await assert.rejects(rtnl.setLink(lo.index, 'lo', { up: true }), (err: unknown) => err instanceof NetlinkError && err.operation === 'set link' && err.errno === 'ETIMEDOUT');
      addon.nlTransact = transact;
      assert.ok((await rtnl.links()).some((l) => l.name === 'lo'), 'a new socket answers');
    } finally {
      addon.nlTransact = transact;
      rtnl.close();
    }
  });

  it('after close, requests are refused', async () => {
    const rtnl = Rtnl.open(ns);
    rtnl.close();
    await assert.rejects(rtnl.links(), (err: unknown) => err instanceof NetlinkError && /socket closed/.test(err.message));
  });
});
