import type { DeleteResponse__Output, ListNamespacesRequest, ListNamespacesResponse__Output, Namespace__Output } from '@sf/proto';
import { databaseServices } from '@sf/proto';
import type { CallOptions, Transport } from './internal/transport.js';

export class NamespaceClient {
  private readonly s = databaseServices().namespace;

  constructor(private readonly t: Transport) {}

  create(name: string, options?: CallOptions): Promise<Namespace__Output> {
    return this.t.call(this.s.CreateNamespace, { namespace: { name } }, 'once', options);
  }

  get(name: string, options?: CallOptions): Promise<Namespace__Output> {
    return this.t.call(this.s.GetNamespace, { name }, 'idempotent', options);
  }

  list(filter: ListNamespacesRequest = {}, options?: CallOptions): Promise<ListNamespacesResponse__Output> {
    return this.t.call(this.s.ListNamespaces, filter, 'idempotent', options);
  }

  transition(name: string, toState: string, fromStates: string[] = [], options?: CallOptions): Promise<Namespace__Output> {
    return this.t.call(this.s.TransitionNamespaceState, { name, to_state: toState, from_states: fromStates }, 'once', options);
  }

  delete(name: string, options?: CallOptions): Promise<DeleteResponse__Output> {
    return this.t.call(this.s.DeleteNamespace, { name }, 'once', options);
  }
}
