import type { DatabaseClient } from '@sf/database-client';
import { attemptItem, type JobRun } from './job-run.js';
import { instancesIn, networksIn } from './pages.js';
import { isRefusal } from './refusal.js';

const MESSAGE = 'create abandoned: the sf-api serving it stopped before queueing its work';

interface Candidate {
  uuid: string;
  namespace: string;
}

/**
 * Instances and networks still in `initial` at least olderThanSeconds after
 * their last change, by the database's clock, with no work ever queued for
 * them: the sf-api that created them died before queueing their work (a
 * create that finishes queues it in well under that time). The tier lists
 * only those, so objects queued for a busy or dead node cost nothing here.
 * Each is failed as a failed create is, in one tier step that gives back
 * what it held, checks the age again under the row lock, and is refused if
 * its work was queued after all, so a create that comes back to life either
 * queued first (the object is left alone) or finds its object failed (its
 * enqueue is refused). The user deletes it as any errored object. The
 * addresses and ids such a create took were leased for the same time, so
 * those it had not yet tied to an interface lapse by themselves. A network
 * an older sf-api or sf-cluster failed only half way (in error, still naming
 * its VNI, never queued) gives up its VNI here too: a DELETE answers 404 for
 * a network in error.
 */
export async function failAbandonedCreates(db: DatabaseClient, olderThanSeconds: number, run: JobRun): Promise<void> {
  const filter = { min_state_age_seconds: olderThanSeconds, never_queued: true };
  for await (const instance of instancesIn(db, run, { ...filter, states: ['initial'] })) {
    if (!(await run.next())) return;
    await failOne(run, 'instance', instance, () => db.instances.failCreate(instance.uuid, { errorMessage: MESSAGE, minAgeSeconds: olderThanSeconds }));
  }
  // In error and still naming its VNI: a create an older caller failed only half way (one that gave its VNI back is done).
  for (const more of [{ states: ['initial'] }, { states: ['error'], holds_vni: true }]) {
    for await (const network of networksIn(db, run, { ...filter, ...more })) {
      if (!(await run.next())) return;
      await failOne(run, 'network', network, () => db.networks.failCreate(network.uuid, { errorMessage: MESSAGE, minAgeSeconds: olderThanSeconds }));
    }
  }
}

/** A create that queued its work after all, or an object that moved on or is gone, is refused: not counted. */
async function failOne(run: JobRun, objectType: 'instance' | 'network', object: Candidate, fail: () => Promise<{ state: string }>): Promise<void> {
  const fields = { object_type: objectType, object_uuid: object.uuid, namespace: object.namespace };
  await attemptItem(run, fields, async () => {
    try {
      if ((await fail()).state === 'error') run.log.warn(fields, 'failed a create its sf-api abandoned');
    } catch (err) {
      if (!isRefusal(err)) throw err;
      run.log.debug({ ...fields, err }, 'an abandoned create moved on meanwhile; left alone');
    }
  });
}
