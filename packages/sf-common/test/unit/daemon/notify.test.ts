import assert from 'node:assert/strict';
import { notifierFrom } from '../../../src/daemon/notify.js';

describe('systemd notifier', () => {
  it('sends the sd_notify states', () => {
    const sent: string[] = [];
    const notifier = notifierFrom((state) => sent.push(state), () => 20000);
    notifier.ready();
    notifier.watchdog();
    notifier.stopping('draining');
    assert.deepEqual(sent, ['READY=1', 'WATCHDOG=1', 'STOPPING=1\nSTATUS=draining']);
    assert.equal(notifier.watchdogIntervalMs(), 10000);
  });

  it('reports no watchdog interval when systemd did not ask for one', () => {
    assert.equal(notifierFrom(() => undefined).watchdogIntervalMs(), 0);
  });
});
