import type { Instance__Output } from '@sf/database-client';
import type { FastifyRequest } from 'fastify';
import { recordEvent } from '../internal/audit.js';
import type { ApiDeps } from '../internal/context.js';

/** Frees what an instance that never reached a hypervisor holds: addresses, interfaces and its reservation. */
async function releaseUnplaced(deps: ApiDeps, instance: Instance__Output): Promise<void> {
  const { network_interfaces: nics } = await deps.db.networkInterfaces.list({ instance_uuid: instance.uuid, namespace: instance.namespace });
  for (const nic of nics) {
    await deps.db.allocations.releaseOwner({ type: 'network_interface', uuid: nic.uuid });
    if (nic.state !== 'deleted') await deps.db.networkInterfaces.transition(nic.uuid, 'deleted', { namespace: nic.namespace });
  }
  await deps.db.scheduling.release(instance.uuid);
}

/**
 * Deletion is asynchronous (API.md section 5.3): a placed instance goes to
 * delete-wait and its node's compute worker tears it down and releases what
 * it holds; one never placed has nothing on a node, so it is finished here.
 */
export async function deleteInstance(deps: ApiDeps, request: FastifyRequest, instance: Instance__Output): Promise<void> {
  if (instance.state !== 'delete-wait') {
    recordEvent(deps, request, 'audit', 'instance deleted', 'instance', instance.uuid);
    if (instance.node === '') {
      await releaseUnplaced(deps, instance);
      await deps.db.instances.transition(instance.uuid, 'deleted', { namespace: instance.namespace });
      return;
    }
    await deps.db.instances.transition(instance.uuid, 'delete-wait', { namespace: instance.namespace });
  }
  // Also on a repeated DELETE: the one before may have died before queueing; a teardown still queued absorbs this one.
  await deps.db.operations.enqueue({
    operation_type: 'instance.delete', namespace: instance.namespace, target_node: instance.node, request_id: request.id,
    payload_json: JSON.stringify({ instance_uuid: instance.uuid }), targets: [{ object_type: 'instance', object_uuid: instance.uuid }],
  });
}
