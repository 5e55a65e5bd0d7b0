import { InvalidStateTransitionError, NotFoundError } from '@sf/common';
import { pages, type DatabaseClient } from '@sf/database-client';
import { instancesIn, networksIn } from './pages.js';

/** An instance or network whose create was abandoned, as the maintainer failed it. */
export interface Abandoned {
  objectType: 'instance' | 'network';
  uuid: string;
  namespace: string;
}

const MESSAGE = 'create abandoned: the sf-api serving it stopped before queueing its work';

/** False when another process moved the object on first (a create that finished after all, a delete). */
async function moved(step: Promise<unknown>): Promise<boolean> {
  try {
    await step;
    return true;
  } catch (err) {
    if (err instanceof InvalidStateTransitionError || err instanceof NotFoundError) return false;
    throw err;
  }
}

/** Still abandoned now, not only when the page was read: `initial`, as old, and nothing queued since. */
async function stillAbandoned(db: DatabaseClient, objectType: 'instance' | 'network', uuid: string, before: number): Promise<boolean> {
  const now = await (objectType === 'instance' ? db.instances.get(uuid) : db.networks.get(uuid)).catch((err: unknown) => {
    if (err instanceof NotFoundError) return undefined;
    throw err;
  });
  return now !== undefined && now.state === 'initial' && now.state_updated < before && !(await db.operations.hasPending(objectType, uuid)).pending;
}

/*
 * What an object holds is given back before its state changes: killed in
 * between, the object is still `initial` and the next pass does it all again
 * (every release is idempotent). Should its create come back to life after
 * all, its next step (keeping a lease) finds the lease gone and fails.
 */
async function failInstance(db: DatabaseClient, uuid: string, before: number): Promise<boolean> {
  if (!(await stillAbandoned(db, 'instance', uuid, before))) return false;
  for await (const nic of pages((page) => db.networkInterfaces.list({ instance_uuid: uuid, page }).then((r) => ({ items: r.network_interfaces, next: r.next_page_token })))) {
    await db.allocations.releaseOwner({ type: 'network_interface', uuid: nic.uuid });
  }
  await db.scheduling.release(uuid);
  if (!(await moved(db.instances.transition(uuid, 'initial-error', { fromStates: ['initial'], errorMessage: MESSAGE })))) return false;
  await db.instances.transition(uuid, 'error', { fromStates: ['initial-error'], errorMessage: MESSAGE });
  return true;
}

async function failNetwork(db: DatabaseClient, uuid: string, before: number): Promise<boolean> {
  if (!(await stillAbandoned(db, 'network', uuid, before))) return false;
  await db.allocations.releaseOwner({ type: 'network', uuid });
  // The row gives up the VNI too: it is UNIQUE there, and the allocator may hand it to the next network.
  if (!(await moved(db.networks.update({ uuid, vxid: 0 })))) return false;
  return moved(db.networks.transition(uuid, 'error', { fromStates: ['initial'], errorMessage: MESSAGE }));
}

/**
 * Instances and networks still in `initial` longer than olderThanSeconds
 * after their last change, with no work queued for them: the sf-api that
 * created them died before queueing it (a create that finishes queues it
 * in well under that time). Each moves to error, as a failed create does,
 * and gives back what it held; the user deletes it as any errored object.
 * The addresses and ids such a create took were leased for the same time,
 * so those it had not yet tied to an interface lapse by themselves.
 */
export async function failAbandonedCreates(db: DatabaseClient, olderThanSeconds: number, now = Date.now() / 1000): Promise<Abandoned[]> {
  const before = now - olderThanSeconds;
  const failed: Abandoned[] = [];
  for await (const instance of instancesIn(db, ['initial'])) {
    if (instance.state_updated >= before) continue;
    if (await failInstance(db, instance.uuid, before)) failed.push({ objectType: 'instance', uuid: instance.uuid, namespace: instance.namespace });
  }
  for await (const network of networksIn(db, ['initial'])) {
    if (network.state_updated >= before) continue;
    if (await failNetwork(db, network.uuid, before)) failed.push({ objectType: 'network', uuid: network.uuid, namespace: network.namespace });
  }
  return failed;
}
