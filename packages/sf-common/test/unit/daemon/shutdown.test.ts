import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { handleShutdownSignals } from '../../../src/daemon/shutdown.js';
import { notifierFrom } from '../../../src/daemon/notify.js';
import { createLogger } from '../../../src/log.js';

const quiet = createLogger({ name: 'test', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

describe('shutdown signals', () => {
  it('drains once on SIGTERM, tells systemd, and exits 0', async () => {
    const sent: string[] = [];
    let drains = 0;
    const exited = new Promise<number>((resolve) => {
      const remove = handleShutdownSignals({
        log: quiet,
        notifier: notifierFrom((state) => sent.push(state)),
        drain: async () => {
          drains += 1;
          await new Promise((r) => setTimeout(r, 20));
        },
        timeoutMs: 1000,
        exit: (code) => {
          remove();
          resolve(code);
        },
      });
    });
    process.emit('SIGTERM', 'SIGTERM');
    process.emit('SIGTERM', 'SIGTERM');
    assert.equal(await exited, 0);
    assert.equal(drains, 1);
    assert.match(sent[0] ?? '', /^STOPPING=1/);
  });

  it('exits 1 when the drain fails', async () => {
    const exited = new Promise<number>((resolve) => {
      const remove = handleShutdownSignals({
        log: quiet,
        notifier: notifierFrom(() => undefined),
        drain: () => Promise.reject(new Error('stuck')),
        timeoutMs: 1000,
        exit: (code) => {
          remove();
          resolve(code);
        },
      });
    });
    process.emit('SIGINT', 'SIGINT');
    assert.equal(await exited, 1);
  });
});
