import type { DatabaseClient } from '@sf/database-client';
import type { Abandoned } from './abandoned-creates.js';
import { PAGE_SIZE, pages } from './pages.js';

/**
 * Instances and networks in `delete-wait` longer than olderThanSeconds with
 * no work queued for them: the sf-api that deleted them died between the
 * state change and queueing the teardown. The teardown is queued again
 * (as that sf-api would have), so a worker finishes the delete. An instance
 * never placed has no node to tear it down and is finished by sf-api, so
 * it never waits here; a network with interfaces left is waiting for them.
 */
/**
 * Whether a teardown was ever queued for the object, in any state: one that
 * ran and failed is the worker's to report (an error state), not a delete
 * sf-api abandoned, and queueing it again every pass would only repeat it.
 */
async function teardownQueued(db: DatabaseClient, target: { target_node?: string; target_role?: string }, operationType: string, uuid: string): Promise<boolean> {
  for await (const op of pages((page_token) => db.operations.list({ ...target, operation_type: operationType, page: { page_size: PAGE_SIZE, page_token } }).then((r) => ({ items: r.operations, next: r.next_page_token })))) {
    if (op.targets.some((t) => t.object_uuid === uuid)) return true;
  }
  return false;
}

export async function requeueAbandonedDeletes(db: DatabaseClient, olderThanSeconds: number, now = Date.now() / 1000): Promise<Abandoned[]> {
  const before = now - olderThanSeconds;
  const requeued: Abandoned[] = [];
  const instances = pages((page_token) => db.instances.list({ states: ['delete-wait'], page: { page_size: PAGE_SIZE, page_token } }).then((r) => ({ items: r.instances, next: r.next_page_token })));
  for await (const instance of instances) {
    if (instance.state_updated >= before || instance.node === '' || (await db.operations.hasPending('instance', instance.uuid)).pending) continue;
    if (await teardownQueued(db, { target_node: instance.node }, 'instance.delete', instance.uuid)) continue;
    await db.operations.enqueue({
      operation_type: 'instance.delete', namespace: instance.namespace, target_node: instance.node,
      payload_json: JSON.stringify({ instance_uuid: instance.uuid }), targets: [{ object_type: 'instance', object_uuid: instance.uuid }],
    });
    requeued.push({ objectType: 'instance', uuid: instance.uuid, namespace: instance.namespace });
  }
  const networks = pages((page_token) => db.networks.list({ states: ['delete-wait'], page: { page_size: PAGE_SIZE, page_token } }).then((r) => ({ items: r.networks, next: r.next_page_token })));
  for await (const network of networks) {
    if (network.state_updated >= before || (await db.operations.hasPending('network', network.uuid)).pending) continue;
    // One that still has interfaces is waiting for them, as it should; its teardown comes when the last goes.
    const { network_interfaces: live } = await db.networkInterfaces.list({ network_uuid: network.uuid, states: ['initial', 'created'], page: { page_size: 1, page_token: '' } });
    if (live.length > 0 || (await teardownQueued(db, { target_role: 'network' }, 'network.delete', network.uuid))) continue;
    await db.operations.enqueue({
      operation_type: 'network.delete', namespace: network.namespace, target_role: 'network',
      payload_json: JSON.stringify({ network_uuid: network.uuid }), targets: [{ object_type: 'network', object_uuid: network.uuid }],
    });
    requeued.push({ objectType: 'network', uuid: network.uuid, namespace: network.namespace });
  }
  return requeued;
}
