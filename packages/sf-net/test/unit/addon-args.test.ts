import assert from 'node:assert/strict';
import { netnsAddon } from '../../src/internal/native.js';

describe('the netns addon refuses malformed arguments before any system call', () => {
  it('a path with a NUL in it, which the call would cut short, an empty one, or no string', () => {
    const addon = netnsAddon();
    for (const path of ['/run/netns/a\u0000b', '', 5]) {
      assert.throws(() => addon.detachNetns(path as string), (err: Error) => err instanceof TypeError && err.message === 'detachNetns(path: string)');
    }
  });

  it('numbers where numbers are asked, as many as asked', () => {
    const addon = netnsAddon();
    assert.throws(() => (addon.pidfdSendSignal as (...a: unknown[]) => void)(1), /pidfdSendSignal\(fd: number, signal: number\)/);
    assert.throws(() => (addon.pidfdSendSignal as (...a: unknown[]) => void)(1, 'TERM'), TypeError);
    assert.throws(() => (addon.setns as (...a: unknown[]) => void)(), /setns\(fd: number\)/);
  });

  it('a netlink request shorter than a message header, or not a buffer; a socket without a timeout', () => {
    const addon = netnsAddon();
    assert.throws(() => addon.nlTransact(-1, Buffer.alloc(8)), (err: Error) => err instanceof TypeError && err.message === 'nlTransact(fd: number, request: Buffer)');
    assert.throws(() => (addon.nlTransact as (...a: unknown[]) => void)(-1, 'request'), TypeError);
    assert.throws(() => addon.nlOpen(0), (err: Error) => err instanceof TypeError && err.message === 'nlOpen(timeoutMs: number)');
  });
});
