import { InvalidStateTransitionError } from '@sf/common';
import type { Instance__Output } from '@sf/database-client';
import type { FastifyRequest } from 'fastify';
import { recordEvent } from '../internal/audit.js';
import { callOptions, type ApiDeps } from '../internal/context.js';

/**
 * An instance never placed has nothing on a node: the tier deletes it with
 * what it holds in one step. Unless its create, still running when this
 * DELETE read it, has queued its work since: then it is placed after all,
 * and answered with as it is now, to be torn down like any placed one.
 */
async function finishUnplaced(deps: ApiDeps, request: FastifyRequest, instance: Instance__Output): Promise<Instance__Output | undefined> {
  try {
    await deps.db.instances.finishUnplacedDelete(instance.uuid, { namespace: instance.namespace, fromStates: [instance.state] }, callOptions(request));
    return undefined;
  } catch (err) {
    if (!(err instanceof InvalidStateTransitionError && err.code === 'SF_ERR_INVALID_STATE_QUEUED')) throw err;
    return deps.db.instances.get(instance.uuid, instance.namespace);
  }
}

/**
 * Deletion is asynchronous (API.md section 5.3): a placed instance goes to
 * delete-wait and its node's compute worker tears it down and releases what
 * it holds; one never placed has nothing on a node, so it is finished here.
 */
export async function deleteInstance(deps: ApiDeps, request: FastifyRequest, read: Instance__Output): Promise<void> {
  let instance = read;
  if (instance.state !== 'delete-wait') {
    recordEvent(deps, request, 'audit', 'instance deleted', 'instance', instance.uuid);
    if (instance.node === '') {
      const placedMeanwhile = await finishUnplaced(deps, request, instance);
      if (placedMeanwhile === undefined) return;
      instance = placedMeanwhile;
    }
    if (instance.state !== 'delete-wait') await deps.db.instances.transition(instance.uuid, 'delete-wait', { namespace: instance.namespace }, callOptions(request));
  }
  // Also on a repeated DELETE: the one before may have died before queueing; a teardown still queued absorbs this one.
  await deps.db.operations.enqueue({
    operation_type: 'instance.delete', namespace: instance.namespace, target_node: instance.node, request_id: request.id,
    payload_json: JSON.stringify({ instance_uuid: instance.uuid }), targets: [{ object_type: 'instance', object_uuid: instance.uuid }],
  }, callOptions(request));
}
