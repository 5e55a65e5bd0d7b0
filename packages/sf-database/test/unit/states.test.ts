import assert from 'node:assert/strict';
import { InvalidStateTransitionError, ValidationError } from '@sf/common';
import {
  INSTANCE_STATES,
  NAMESPACE_STATES,
  NETWORK_INTERFACE_STATES,
  NETWORK_STATES,
  NODE_STATES,
  allowedSources,
  checkStartState,
  type StateMachine,
} from '../../src/internal/states.js';

describe('state machines', () => {
  const machines: Record<string, StateMachine> = {
    instance: INSTANCE_STATES,
    network: NETWORK_STATES,
    network_interface: NETWORK_INTERFACE_STATES,
    namespace: NAMESPACE_STATES,
    node: NODE_STATES,
  };

  for (const [kind, machine] of Object.entries(machines)) {
    it(`${kind}: every target is a known state and deleted has no exits`, () => {
      for (const targets of Object.values(machine)) for (const to of targets) assert.ok(to in machine, `${kind} -> ${to}`);
      assert.deepEqual(machine.deleted, []);
    });
  }

  it('lists the states that may reach a target (API.md section 13)', () => {
    assert.deepEqual(allowedSources(INSTANCE_STATES, 'instance', 'created').sort(), ['creating']);
    assert.deepEqual(allowedSources(INSTANCE_STATES, 'instance', 'error').sort(), [
      'created-error',
      'creating-error',
      'delete-wait-error',
      'initial-error',
      'preflight-error',
    ]);
    assert.deepEqual(allowedSources(NODE_STATES, 'node', 'created').sort(), ['error', 'missing', 'stopped', 'stopping']);
  });

  it('narrows to what the caller expects, and refuses an empty or unknown result', () => {
    assert.deepEqual(allowedSources(NETWORK_STATES, 'network', 'deleted', ['created', 'error', 'bogus']), ['created', 'error']);
    assert.throws(() => allowedSources(NETWORK_STATES, 'network', 'deleted', ['deleted']), InvalidStateTransitionError);
    assert.throws(() => allowedSources(NETWORK_STATES, 'network', 'flying'), ValidationError);
    assert.throws(() => allowedSources(NAMESPACE_STATES, 'namespace', 'created'), InvalidStateTransitionError);
  });

  it('checks the start state, defaulting to the first', () => {
    assert.equal(checkStartState(['initial', 'error'], 'instance', ''), 'initial');
    assert.equal(checkStartState(['initial', 'error'], 'instance', 'error'), 'error');
    assert.throws(() => checkStartState(['initial'], 'instance', 'created'), ValidationError);
  });
});
