import type { DatabaseClient } from '@sf/database-client';
import type { Abandoned } from './abandoned-creates.js';
import { instancesIn, networksIn } from './pages.js';

/**
 * Instances and networks in `delete-wait` longer than olderThanSeconds with
 * no work queued for them: the sf-api that deleted them died between the
 * state change and queueing the teardown. The teardown is queued again
 * (as that sf-api would have), so a worker finishes the delete. An instance
 * never placed has no node to tear it down and is finished by sf-api, so
 * it never waits here; a network with interfaces left is waiting for them.
 */
export async function requeueAbandonedDeletes(db: DatabaseClient, olderThanSeconds: number, now = Date.now() / 1000): Promise<Abandoned[]> {
  const before = now - olderThanSeconds;
  const requeued: Abandoned[] = [];
  for await (const instance of instancesIn(db, ['delete-wait'])) {
    if (instance.state_updated >= before || instance.node === '' || (await db.operations.hasPending('instance', instance.uuid)).pending) continue;
    // A teardown queued since this delete, which ran and failed, is the worker's to report; queueing it again
    // every pass would only repeat it. One from an earlier delete (before a delete-wait-error) does not count.
    if (await db.operations.queuedSince('instance', instance.uuid, 'instance.delete', instance.state_updated)) continue;
    await db.operations.enqueue({
      operation_type: 'instance.delete', namespace: instance.namespace, target_node: instance.node,
      payload_json: JSON.stringify({ instance_uuid: instance.uuid }), targets: [{ object_type: 'instance', object_uuid: instance.uuid }],
    });
    requeued.push({ objectType: 'instance', uuid: instance.uuid, namespace: instance.namespace });
  }
  for await (const network of networksIn(db, ['delete-wait'])) {
    if (network.state_updated >= before || (await db.operations.hasPending('network', network.uuid)).pending) continue;
    // One that still has interfaces is waiting for them, as it should; its teardown comes when the last goes.
    const { network_interfaces: live } = await db.networkInterfaces.list({ network_uuid: network.uuid, states: ['initial', 'created'], page: { page_size: 1, page_token: '' } });
    // A network enters delete-wait once (its teardown is queued just before), so any teardown ever queued is this one.
    if (live.length > 0 || (await db.operations.everQueued('network', network.uuid, 'network.delete'))) continue;
    await db.operations.enqueue({
      operation_type: 'network.delete', namespace: network.namespace, target_role: 'network',
      payload_json: JSON.stringify({ network_uuid: network.uuid }), targets: [{ object_type: 'network', object_uuid: network.uuid }],
    });
    requeued.push({ objectType: 'network', uuid: network.uuid, namespace: network.namespace });
  }
  return requeued;
}
