import type { DeleteResponse__Output, Instance, Instance__Output, ListInstancesRequest, ListInstancesResponse__Output, UpdateInstanceRequest } from '@sf/proto';
import { databaseServices } from '@sf/proto';
import type { CallOptions, Transport } from './internal/transport.js';

/** Instances in the tier; `namespace` scopes a call (another namespace's instance is not found), '' means any. */
export class InstanceClient {
  private readonly s = databaseServices().instance;

  constructor(private readonly t: Transport) {}

  create(instance: Instance, options?: CallOptions): Promise<Instance__Output> {
    return this.t.call(this.s.CreateInstance, { instance }, 'once', options);
  }

  get(uuid: string, namespace = '', options?: CallOptions): Promise<Instance__Output> {
    return this.t.call(this.s.GetInstance, { uuid, namespace }, 'idempotent', options);
  }

  list(filter: ListInstancesRequest = {}, options?: CallOptions): Promise<ListInstancesResponse__Output> {
    return this.t.call(this.s.ListInstances, filter, 'idempotent', options);
  }

  transition(uuid: string, toState: string, more: { namespace?: string; fromStates?: string[]; errorMessage?: string } = {}, options?: CallOptions): Promise<Instance__Output> {
    const request = { uuid, to_state: toState, namespace: more.namespace ?? '', from_states: more.fromStates ?? [], error_message: more.errorMessage ?? '' };
    return this.t.call(this.s.TransitionInstanceState, request, 'once', options);
  }

  update(request: UpdateInstanceRequest, options?: CallOptions): Promise<Instance__Output> {
    return this.t.call(this.s.UpdateInstance, request, 'once', options);
  }

  /** Purges an instance already in state deleted. */
  delete(uuid: string, namespace = '', options?: CallOptions): Promise<DeleteResponse__Output> {
    return this.t.call(this.s.DeleteInstance, { uuid, namespace }, 'once', options);
  }
}
