import type { DatabaseClient } from '@sf/database-client';
import { instancesIn, networksIn } from './pages.js';
import { isRefusal } from './refusal.js';

/** An instance or network whose create was abandoned, as the maintainer failed it. */
export interface Abandoned {
  objectType: 'instance' | 'network';
  uuid: string;
  namespace: string;
}

const MESSAGE = 'create abandoned: the sf-api serving it stopped before queueing its work';

/**
 * Fails one abandoned create; true when it did. A create that queued its
 * work after all is refused, and an object a delete finished meanwhile is
 * not found or answered as deleted: neither counts. Queued work is read
 * first, so an object waiting for its worker costs a read, not a locking
 * write, on each pass.
 */
async function failed(db: DatabaseClient, objectType: 'instance' | 'network', uuid: string): Promise<boolean> {
  if (await db.operations.everQueued(objectType, uuid, '')) return false;
  try {
    const after = await (objectType === 'instance' ? db.instances.failCreate(uuid, { errorMessage: MESSAGE }) : db.networks.failCreate(uuid, { errorMessage: MESSAGE }));
    return after.state === 'error';
  } catch (err) {
    if (isRefusal(err)) return false;
    throw err;
  }
}

/**
 * Instances and networks still in `initial` longer than olderThanSeconds
 * after their last change: the sf-api that created them died before
 * queueing their work (a create that finishes queues it in well under that
 * time). Each is failed as a failed create is, in one tier step that gives
 * back what it held and that is refused if its work was queued after all,
 * so a create that comes back to life either queued first (the object is
 * left alone) or finds its object failed (its enqueue is refused). The user
 * deletes it as any errored object. The addresses and ids such a create
 * took were leased for the same time, so those it had not yet tied to an
 * interface lapse by themselves. A network an older sf-api or sf-cluster
 * failed only half way (in error, still naming its VNI, never queued) gives
 * up its VNI here too: a DELETE answers 404 for a network in error.
 */
export async function failAbandonedCreates(db: DatabaseClient, olderThanSeconds: number, now = Date.now() / 1000): Promise<Abandoned[]> {
  const before = now - olderThanSeconds;
  const abandoned: Abandoned[] = [];
  for await (const instance of instancesIn(db, ['initial'])) {
    if (instance.state_updated >= before) continue;
    if (await failed(db, 'instance', instance.uuid)) abandoned.push({ objectType: 'instance', uuid: instance.uuid, namespace: instance.namespace });
  }
  // A network in error that still names its VNI is a failure an older sf-api or sf-cluster left half way.
  for await (const network of networksIn(db, ['initial', 'error'])) {
    if (network.state_updated >= before || (network.state === 'error' && network.vxid === 0)) continue;
    if (await failed(db, 'network', network.uuid)) abandoned.push({ objectType: 'network', uuid: network.uuid, namespace: network.namespace });
  }
  return abandoned;
}
