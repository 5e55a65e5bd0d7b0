import assert from 'node:assert/strict';
import { DomainState } from '@unraid/libvirt';
import { powerStateOf } from '../../../src/internal/libvirt.js';

describe('libvirt power states', () => {
  it('map onto the API power states', () => {
    assert.equal(powerStateOf(DomainState.RUNNING), 'on');
    assert.equal(powerStateOf(DomainState.BLOCKED), 'on');
    assert.equal(powerStateOf(DomainState.PAUSED), 'paused');
    assert.equal(powerStateOf(DomainState.PMSUSPENDED), 'paused');
    assert.equal(powerStateOf(DomainState.SHUTDOWN), 'transition-to-off');
    assert.equal(powerStateOf(DomainState.SHUTOFF), 'off');
    assert.equal(powerStateOf(DomainState.CRASHED), 'crashed');
    assert.equal(powerStateOf(DomainState.NOSTATE), 'off');
  });
});
