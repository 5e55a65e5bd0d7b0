import type { HeartbeatNodeResponse__Output, ListNodesRequest, ListNodesResponse__Output, Node, Node__Output } from '@sf/proto';
import { databaseServices } from '@sf/proto';
import type { CallOptions, Transport } from './internal/transport.js';

export class NodeClient {
  private readonly s = databaseServices().node;

  constructor(private readonly t: Transport) {}

  /** Registration is an upsert, so a retry is harmless. */
  register(node: Node, options?: CallOptions): Promise<Node__Output> {
    return this.t.call(this.s.RegisterNode, { node }, 'idempotent', options);
  }

  heartbeat(name: string, options?: CallOptions): Promise<HeartbeatNodeResponse__Output> {
    return this.t.call(this.s.HeartbeatNode, { name }, 'idempotent', options);
  }

  get(name: string, options?: CallOptions): Promise<Node__Output> {
    return this.t.call(this.s.GetNode, { name }, 'read', options);
  }

  list(filter: ListNodesRequest = {}, options?: CallOptions): Promise<ListNodesResponse__Output> {
    return this.t.call(this.s.ListNodes, filter, 'read', options);
  }

  transition(name: string, toState: string, fromStates: string[] = [], options?: CallOptions): Promise<Node__Output> {
    return this.t.call(this.s.TransitionNodeState, { name, to_state: toState, from_states: fromStates }, 'once', options);
  }
}
