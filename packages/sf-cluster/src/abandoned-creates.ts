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
const LEFTOVER_AGE_SECONDS = 60;

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
 * The decisive step is the state change, made only if no work was ever
 * queued for the object: the tier checks that under the object's row lock,
 * and a create queues its work only while the object is still `initial`,
 * under the same lock. So a create that comes back to life either queued
 * its work first (the object is left alone) or finds its object failed
 * (its enqueue is refused); what the object holds is given back only after.
 * Killed in between, the object is failed but still holds it: the
 * leftovers pass below finishes the job.
 */
async function failInstance(db: DatabaseClient, uuid: string, before: number): Promise<boolean> {
  if (!(await stillAbandoned(db, 'instance', uuid, before))) return false;
  if (!(await moved(db.instances.transition(uuid, 'initial-error', { fromStates: ['initial'], errorMessage: MESSAGE, unlessQueued: true })))) return false;
  await settleFailedInstance(db, uuid);
  return true;
}

/** Gives back what a failed create's instance holds, then moves it on to error. */
async function settleFailedInstance(db: DatabaseClient, uuid: string): Promise<void> {
  for await (const nic of pages((page) => db.networkInterfaces.list({ instance_uuid: uuid, page }).then((r) => ({ items: r.network_interfaces, next: r.next_page_token })))) {
    await db.allocations.releaseOwner({ type: 'network_interface', uuid: nic.uuid });
  }
  await db.scheduling.release(uuid);
  await moved(db.instances.transition(uuid, 'error', { fromStates: ['initial-error'] }));
}

async function failNetwork(db: DatabaseClient, uuid: string, before: number): Promise<boolean> {
  if (!(await stillAbandoned(db, 'network', uuid, before))) return false;
  if (!(await moved(db.networks.transition(uuid, 'error', { fromStates: ['initial'], errorMessage: MESSAGE, unlessQueued: true })))) return false;
  await settleFailedNetwork(db, uuid);
  return true;
}

/**
 * The row gives up the VNI first: it is UNIQUE there, and once released the
 * allocator may hand it to the next network at once.
 */
async function settleFailedNetwork(db: DatabaseClient, uuid: string): Promise<void> {
  await moved(db.networks.update({ uuid, vxid: 0 }));
  await db.allocations.releaseOwner({ type: 'network', uuid });
}

/**
 * Failed creates that were never finished: an instance left in
 * `initial-error`, or a network in `error` still naming its VNI, with no
 * work ever queued for it (a worker's failures have work queued and are the
 * worker's to finish), unchanged for a while. The sf-api failing it, or
 * this pass, was killed half way. A network killed between giving up the
 * VNI in its row and releasing the allocation keeps that allocation until
 * the network is deleted, as any errored network does.
 */
async function settleLeftovers(db: DatabaseClient, before: number): Promise<void> {
  for await (const instance of instancesIn(db, ['initial-error'])) {
    if (instance.state_updated >= before || (await db.operations.everQueued('instance', instance.uuid, ''))) continue;
    await settleFailedInstance(db, instance.uuid);
  }
  for await (const network of networksIn(db, ['error'])) {
    if (network.vxid === 0 || network.state_updated >= before || (await db.operations.everQueued('network', network.uuid, ''))) continue;
    await settleFailedNetwork(db, network.uuid);
  }
}

/**
 * Instances and networks still in `initial` longer than olderThanSeconds
 * after their last change, with no work queued for them: the sf-api that
 * created them died before queueing it (a create that finishes queues it
 * in well under that time). Each moves to error, as a failed create does,
 * and gives back what it held; the user deletes it as any errored object.
 * The addresses and ids such a create took were leased for the same time,
 * so those it had not yet tied to an interface lapse by themselves. Then
 * failed creates left half way are finished (see settleLeftovers).
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
  // A failure is finished within seconds when its process lives: no need to wait as long as for an abandoned create.
  await settleLeftovers(db, now - Math.min(olderThanSeconds, LEFTOVER_AGE_SECONDS));
  return failed;
}
