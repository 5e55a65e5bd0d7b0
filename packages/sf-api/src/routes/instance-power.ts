import { DependencyNotReadyError, InvalidStateTransitionError } from '@sf/common';
import { recordEvent } from '../internal/audit.js';
import { callOptions } from '../internal/context.js';
import { instanceByRef } from '../internal/refs.js';
import { emptyBody, nullReply, refParams } from '../internal/schemas.js';
import type { RoutePlugin } from './types.js';

const ACTIONS = ['poweroff', 'poweron', 'rebootsoft', 'reboothard', 'pause', 'unpause'] as const;
const TRANSIENT = ['initial', 'preflight', 'creating'];
const NEEDS_POWER = new Set(['rebootsoft', 'reboothard', 'pause', 'unpause']);
const VERB: Record<string, string> = { rebootsoft: 'reboot', reboothard: 'reboot', pause: 'pause', unpause: 'unpause' };

/**
 * Power operations (API.md section 5.3), queued for the instance's node; the
 * reply is 200 null at once. A transient state is 406 (the client retries);
 * deleted and error states are 409, so the client does not spin for an hour.
 */
export const instancePowerRoutes: RoutePlugin = (app, deps) => {
  for (const action of ACTIONS) {
    app.post<{ Params: { ref: string } }>(`/instances/:ref/${action}`, {
      schema: { summary: `${action} an instance`, params: refParams('ref'), body: emptyBody, response: { 200: nullReply } },
    }, async (request) => {
      const instance = await instanceByRef(deps, request, request.params.ref);
      if (TRANSIENT.includes(instance.state)) throw new DependencyNotReadyError(`instance ${instance.uuid} is not ready (${instance.state})`);
      if (instance.state !== 'created') throw new InvalidStateTransitionError(`instance ${instance.uuid} is not ready (${instance.state})`);
      if (NEEDS_POWER.has(action) && instance.power_state === 'off') {
        throw new InvalidStateTransitionError(`Invalid lifecycle state: you cannot ${VERB[action] ?? action} a powered off instance`);
      }
      await deps.db.operations.enqueue({
        operation_type: `instance.${action}`, namespace: instance.namespace, target_node: instance.node, request_id: request.id,
        payload_json: JSON.stringify({ instance_uuid: instance.uuid }), targets: [{ object_type: 'instance', object_uuid: instance.uuid }],
        // A DELETE that moved the instance on since it was read must not have a power action queued beside its teardown.
        require_states: ['created'],
      }, callOptions(request)).catch((err: unknown) => {
        // Moved on since it was read (a DELETE): answered as the state check above would have.
        if (!(err instanceof InvalidStateTransitionError)) throw err;
        const state = (err.details as { current_state?: unknown } | undefined)?.current_state;
        throw new InvalidStateTransitionError(`instance ${instance.uuid} is not ready (${typeof state === 'string' ? state : 'changed'})`);
      });
      recordEvent(deps, request, 'audit', `${action} requested`, 'instance', instance.uuid);
      return null;
    });
  }
};
