import { NotFoundError, ValidationError, canonicalUuid } from '@sf/common';
import type {
  DeleteResponse__Output,
  GetInstancesResponse__Output,
  Instance,
  Instance__Output,
  ListInstancesRequest,
  ListInstancesResponse__Output,
  UpdateInstanceRequest,
} from '@sf/proto';
import { databaseServices } from '@sf/proto';
import { Batcher, type BatchResult } from './internal/batcher.js';
import { withRevision, type CallOptions, type Transport } from './internal/transport.js';
import { listOptions } from './internal/list-filters.js';
import { failCreateRequest, failCreateRevision, transitionRequest, type FailInstanceCreateMore, type TransitionMore } from './internal/transition.js';

const MAX_BATCH = 128;

/** The server's canonical uuid form, to match replies to what callers asked (anything else as asked). */
const canonical = (uuid: string): string => canonicalUuid(uuid) ?? uuid;

function byUuid(reply: GetInstancesResponse__Output): BatchResult<Instance__Output> {
  const results: BatchResult<Instance__Output> = new Map();
  for (const instance of reply.instances) results.set(instance.uuid, instance);
  for (const uuid of reply.missing) results.set(uuid, new NotFoundError(`instance ${uuid} not found`, { code: 'SF_ERR_NOT_FOUND_INSTANCE' }));
  for (const uuid of reply.invalid) results.set(uuid, new ValidationError(`uuid: "${uuid}" is not a uuid`));
  return results;
}

/** Instances in the tier; `namespace` scopes a call (another namespace's instance is not found), '' means any. */
export class InstanceClient {
  private readonly s = databaseServices().instance;
  private readonly batcher: Batcher<Instance__Output>;

  constructor(private readonly t: Transport) {
    this.batcher = new Batcher(
      MAX_BATCH,
      (namespace, uuid) => this.t.call(this.s.GetInstance, { uuid, namespace }, 'read'),
      async (namespace, uuids) => byUuid(await this.getMany(uuids, namespace)),
      canonical,
    );
  }

  create(instance: Instance, options?: CallOptions): Promise<Instance__Output> {
    return this.t.call(this.s.CreateInstance, { instance }, 'once', options);
  }

  /**
   * Concurrent gets without call options are coalesced into GetInstances
   * (see Batcher); with options (a deadline, a request id) the call goes alone.
   */
  get(uuid: string, namespace = '', options?: CallOptions): Promise<Instance__Output> {
    if (options !== undefined) return this.t.call(this.s.GetInstance, { uuid, namespace }, 'read', options);
    return this.batcher.load(namespace, uuid);
  }

  /** Up to 128 instances in one call; missing and malformed uuids are listed, not thrown. */
  getMany(uuids: string[], namespace = '', options?: CallOptions): Promise<GetInstancesResponse__Output> {
    return this.t.call(this.s.GetInstances, { uuids, namespace }, 'read', options);
  }

  /** With min_state_age_seconds, never_queued or idle_since_state_change, only to an sf-database of revision 7. */
  list(filter: ListInstancesRequest = {}, options?: CallOptions): Promise<ListInstancesResponse__Output> {
    return this.t.call(this.s.ListInstances, filter, 'read', listOptions(filter, options));
  }

  transition(uuid: string, toState: string, more: TransitionMore = {}, options?: CallOptions): Promise<Instance__Output> {
    return this.t.call(this.s.TransitionInstanceState, transitionRequest(uuid, toState, more), 'once', options);
  }

  /**
   * Fails a create that did not queue its work, with what it holds, in one
   * step; refused (InvalidStateTransitionError, SF_ERR_INVALID_STATE_QUEUED)
   * once work was queued for it, or (SF_ERR_INVALID_STATE_RECENT) when its
   * state changed less than minAgeSeconds ago by the database's clock.
   */
  failCreate(uuid: string, more: FailInstanceCreateMore = {}, options?: CallOptions): Promise<Instance__Output> {
    const request = { ...failCreateRequest(uuid, more), interface_uuids: more.interfaceUuids ?? [] };
    return this.t.call(this.s.FailInstanceCreate, request, 'once', withRevision(failCreateRevision(more), options));
  }

  /**
   * Deletes an instance that never reached a hypervisor, with what its
   * interfaces hold and its reservation, in one step; refused
   * (InvalidStateTransitionError, SF_ERR_INVALID_STATE_QUEUED) once work was
   * queued for it.
   */
  finishUnplacedDelete(uuid: string, more: { namespace?: string; fromStates?: string[] } = {}, options?: CallOptions): Promise<Instance__Output> {
    return this.t.call(this.s.FinishUnplacedDelete, { uuid, namespace: more.namespace ?? '', from_states: more.fromStates ?? [] }, 'once', withRevision(2, options));
  }

  update(request: UpdateInstanceRequest, options?: CallOptions): Promise<Instance__Output> {
    return this.t.call(this.s.UpdateInstance, request, 'once', options);
  }

  /**
   * Purges an instance deleted at least minAgeSeconds ago (by the
   * database's clock) that holds nothing, with its interfaces; see
   * DeleteInstance in the proto for what refuses it.
   */
  purge(uuid: string, more: { namespace?: string; minAgeSeconds?: number } = {}, options?: CallOptions): Promise<DeleteResponse__Output> {
    return this.t.call(this.s.DeleteInstance, { uuid, namespace: more.namespace ?? '', min_age_seconds: more.minAgeSeconds ?? 0 }, 'once', withRevision(4, options));
  }
}
