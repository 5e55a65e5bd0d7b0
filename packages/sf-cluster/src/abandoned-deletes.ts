import type { DatabaseClient, EnqueueOperationRequest } from '@sf/database-client';
import { monotonic, type Clock } from './clock.js';
import { Deferrals } from './deferrals.js';
import { attemptItem, type JobRun } from './job-run.js';
import { instancesIn, networksIn } from './pages.js';
import { isRefusal } from './refusal.js';

/**
 * Instances and networks in `delete-wait` at least olderThanSeconds (by the
 * database's clock) with no work pending and none queued since they entered
 * it: the sf-api that deleted them died between the state change and
 * queueing the teardown. The tier lists only those. The teardown is queued
 * again (as that sf-api would have), so a worker finishes the delete. A
 * teardown queued since the state change that ran and failed is the
 * worker's to report; queueing it again every pass would only repeat it.
 * A network's teardown is queued just before its delete-wait, so one that
 * ran while interfaces remained does not count: once they are gone, its
 * teardown is queued here. An instance never placed has no node to tear it
 * down and is finished by sf-api, so it never waits here.
 */
export class AbandonedDeletes {
  /** Networks still waiting for their interfaces, as they should: asked about again after a while. */
  private readonly waiting: Deferrals;

  constructor(
    private readonly db: DatabaseClient,
    private readonly olderThanSeconds: number,
    private readonly recheckMs: number,
    now: Clock = monotonic,
  ) {
    this.waiting = new Deferrals(now);
  }

  async pass(run: JobRun): Promise<void> {
    this.waiting.prune();
    const filter = { states: ['delete-wait'], min_state_age_seconds: this.olderThanSeconds, idle_since_state_change: true };
    for await (const instance of instancesIn(this.db, run, filter)) {
      if (instance.node === '') continue;
      if (!(await run.next())) return;
      const fields = { object_type: 'instance', object_uuid: instance.uuid, namespace: instance.namespace };
      await attemptItem(run, fields, () =>
        this.requeue(run, fields, {
          operation_type: 'instance.delete', namespace: instance.namespace, target_node: instance.node,
          payload_json: JSON.stringify({ instance_uuid: instance.uuid }), targets: [{ object_type: 'instance', object_uuid: instance.uuid }],
        }),
      );
    }
    for await (const network of networksIn(this.db, run, filter)) {
      if (this.waiting.has(network.uuid)) continue;
      if (!(await run.next())) return;
      const fields = { object_type: 'network', object_uuid: network.uuid, namespace: network.namespace };
      await attemptItem(run, fields, async () => {
        const { network_interfaces: live } = await this.db.networkInterfaces.list({ network_uuid: network.uuid, states: ['initial', 'created'], page: { page_size: 1, page_token: '' } });
        if (live.length > 0) {
          this.waiting.defer(network.uuid, this.recheckMs);
          return;
        }
        run.assertLeading();
        await this.requeue(run, fields, {
          operation_type: 'network.delete', namespace: network.namespace, target_role: 'network',
          payload_json: JSON.stringify({ network_uuid: network.uuid }), targets: [{ object_type: 'network', object_uuid: network.uuid }],
        });
      });
    }
  }

  /**
   * Queued only while the object is still in delete-wait, checked by the
   * tier under its row lock: a teardown that finished since the list (a
   * worker's, or one a repeated DELETE queued) moved it on, and a second
   * teardown of a deleted object would stay pending and block its purge.
   */
  private async requeue(run: JobRun, fields: Record<string, unknown>, request: EnqueueOperationRequest): Promise<void> {
    try {
      await this.db.operations.enqueue({ ...request, require_states: ['delete-wait'] });
      run.log.warn(fields, 'queued again the teardown of a delete its sf-api abandoned');
    } catch (err) {
      if (!isRefusal(err)) throw err;
      run.log.debug({ ...fields, err }, 'an abandoned delete moved on meanwhile; left alone');
    }
  }
}
