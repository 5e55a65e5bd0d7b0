import assert from 'node:assert/strict';
import { Flags, MessageType, type NetlinkMessage } from 'netlink';
import { answers } from '../../src/internal/rtnl.js';

const RTM_NEWLINK = 16;
const ENOBUFS = 105;
const ENOENT = 2;

const message = (type: number, flags: number, data: Buffer): NetlinkMessage => ({ type, flags, seq: 1, port: 0, data });
const int32 = (value: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeInt32LE(value, 0);
  return b;
};
/** An error message: the errno (negated), then the request's header. */
const error = (errno: number): NetlinkMessage => message(MessageType.ERROR, 0, Buffer.concat([int32(-errno), Buffer.alloc(16)]));
const link = (flags: number = Flags.MULTI): NetlinkMessage => message(RTM_NEWLINK, flags, Buffer.alloc(16));
const done = (errno = 0): NetlinkMessage => message(MessageType.DONE, Flags.MULTI, int32(-errno));

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
});
