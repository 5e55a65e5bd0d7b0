import assert from 'node:assert/strict';
import { syncBuiltinESMExports } from 'node:module';
import os from 'node:os';
import { Flags, MessageType, type NetlinkMessage } from 'netlink';
import type * as RtnlModule from '../../src/internal/rtnl.js';
import { answers, parseLinkMessage } from '../../src/internal/rtnl.js';

const RTM_NEWLINK = 16;
const ENOBUFS = 105;
const ENOENT = 2;
const IFLA_IFNAME = 3;
const IFLA_MTU = 4;
const IFLA_MASTER = 10;
/** ifinfomsg: family, pad, type, index, flags, change. */
const IFINFOMSG_LENGTH = 16;

type ByteOrder = 'LE' | 'BE';
const HOST = os.endianness();

/** Integers in a host's byte order, as its kernel writes them. */
function int32(value: number, order: ByteOrder = HOST): Buffer {
  const b = Buffer.alloc(4);
  if (order === 'LE') b.writeInt32LE(value);
  else b.writeInt32BE(value);
  return b;
}

function uint16(value: number, order: ByteOrder): Buffer {
  const b = Buffer.alloc(2);
  if (order === 'LE') b.writeUInt16LE(value);
  else b.writeUInt16BE(value);
  return b;
}

/** One attribute: its length and type, then the value padded to four bytes. */
function attr(type: number, value: Buffer, order: ByteOrder): Buffer {
  return Buffer.concat([uint16(4 + value.length, order), uint16(type, order), value, Buffer.alloc((4 - (value.length % 4)) % 4)]);
}

/** A link message's payload: its ifinfomsg (index 7), then name, MTU and master. */
function linkPayload(order: ByteOrder): Buffer {
  const ifinfo = Buffer.alloc(IFINFOMSG_LENGTH);
  ifinfo.set(int32(7, order), 4);
  return Buffer.concat([
    ifinfo,
    attr(IFLA_IFNAME, Buffer.from('sft-link\0'), order),
    attr(IFLA_MTU, int32(1450, order), order),
    attr(IFLA_MASTER, int32(3, order), order),
  ]);
}

const message = (type: number, flags: number, data: Buffer): NetlinkMessage => ({ type, flags, seq: 1, port: 0, data });
/** An error message: the errno (negated), then the request's header. */
const error = (errno: number): NetlinkMessage => message(MessageType.ERROR, 0, Buffer.concat([int32(-errno), Buffer.alloc(16)]));
const link = (flags: number = Flags.MULTI): NetlinkMessage => message(RTM_NEWLINK, flags, Buffer.alloc(16));
const done = (errno = 0, order: ByteOrder = HOST): NetlinkMessage => message(MessageType.DONE, Flags.MULTI, int32(-errno, order));

/**
 * A fresh copy of rtnl.js as it loads on a host of the other byte order: it
 * asks os.endianness() once, when it loads.
 */
async function loadOnHost(order: ByteOrder): Promise<typeof RtnlModule> {
  const endianness = os.endianness;
  os.endianness = () => order;
  syncBuiltinESMExports();
  try {
    return (await import(`${new URL('../../src/internal/rtnl.js', import.meta.url).href}?host=${order}`)) as typeof RtnlModule;
  } finally {
    os.endianness = endianness;
    syncBuiltinESMExports();
  }
}

describe('rtnetlink replies', () => {
  it('keep what answers the request, without its ack or its end', () => {
    assert.deepEqual(answers([link(), link(), done()]), { messages: [link(), link()], interrupted: false });
    assert.deepEqual(answers([link(0), error(0)]), { messages: [link(0)], interrupted: false });
  });

  it('refuse with the errno of an error message', () => {
    assert.throws(() => answers([error(ENOENT)]), /ENOENT/);
  });

  it('refuse with the errno a dump\'s end carries, rather than pass a dump cut short as complete', () => {
    assert.throws(() => answers([link(), done(ENOBUFS)]), /ENOBUFS/);
  });

  it('say when the kernel marks the dump interrupted, so it is asked again', () => {
    assert.equal(answers([link(), link(Flags.MULTI | Flags.DUMP_INTR), done()]).interrupted, true);
    assert.equal(answers([link(), done()]).interrupted, false);
  });

  it('a link message is read for its index, name, MTU and master', () => {
    const { data, attrs } = parseLinkMessage(linkPayload(HOST));
    assert.equal(data.index, 7);
    assert.deepEqual(attrs, { ifname: 'sft-link', mtu: 1450, master: 3 });
  });
});

describe('rtnetlink replies on a host of the other byte order', () => {
  const other: ByteOrder = HOST === 'LE' ? 'BE' : 'LE';
  let rtnl: typeof RtnlModule;
  before(async () => {
    rtnl = await loadOnHost(other);
  });

  it("a dump's end is read for its errno in that host's order", () => {
    assert.throws(() => rtnl.answers([link(), done(ENOBUFS, other)]), /ENOBUFS/);
    assert.deepEqual(rtnl.answers([link(), done(0, other)]).messages, [link()], 'control: a clean end');
  });

  it("a link message's attributes are read in that host's order", () => {
    assert.deepEqual(rtnl.parseLinkMessage(linkPayload(other)).attrs, { ifname: 'sft-link', mtu: 1450, master: 3 });
  });
});
