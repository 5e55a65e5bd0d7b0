import assert from 'node:assert/strict';
import { execa } from 'execa';
import { Lab } from './fixture.js';

describe('entering a namespace', () => {
  let lab: Lab;

  before(() => {
    lab = new Lab();
  });

  after(() => lab.cleanup());

  it('a thread that cannot return to its own namespace aborts the process rather than run on inside another', async () => {
    const ns = await lab.namespace('x');
    const netns = new URL('../../src/internal/netns.js', import.meta.url).href;
    // Inside fn, close the fd inNetns keeps for the way back, so setns back fails with EBADF.
    const script = `
      import { closeSync, readdirSync, readlinkSync } from 'node:fs';
      import { inNetns } from ${JSON.stringify(netns)};
      const own = readlinkSync('/proc/thread-self/ns/net');
      try {
        inNetns(process.argv[1], () => {
          for (const fd of readdirSync('/proc/self/fd')) {
            try { if (readlinkSync('/proc/self/fd/' + fd) === own) closeSync(Number(fd)); } catch {}
          }
        });
      } catch (err) {
        console.log('threw', String(err), 'now in', readlinkSync('/proc/thread-self/ns/net'));
      }
    `;
    const r = await execa('node', ['--input-type=module', '-e', script, ns], { reject: false });
    assert.equal(r.signal, 'SIGABRT', r.stdout);
  });
});
