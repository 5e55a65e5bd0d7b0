import type {
  DeleteResponse__Output,
  ListNetworkInterfacesRequest,
  ListNetworkInterfacesResponse__Output,
  NetworkInterface,
  NetworkInterface__Output,
  UpdateNetworkInterfaceRequest,
} from '@sf/proto';
import { databaseServices } from '@sf/proto';
import type { CallOptions, Transport } from './internal/transport.js';

export class NetworkInterfaceClient {
  private readonly s = databaseServices().networkInterface;

  constructor(private readonly t: Transport) {}

  create(networkInterface: NetworkInterface, options?: CallOptions): Promise<NetworkInterface__Output> {
    return this.t.call(this.s.CreateNetworkInterface, { network_interface: networkInterface }, 'once', options);
  }

  get(uuid: string, namespace = '', options?: CallOptions): Promise<NetworkInterface__Output> {
    return this.t.call(this.s.GetNetworkInterface, { uuid, namespace }, 'read', options);
  }

  list(filter: ListNetworkInterfacesRequest = {}, options?: CallOptions): Promise<ListNetworkInterfacesResponse__Output> {
    return this.t.call(this.s.ListNetworkInterfaces, filter, 'read', options);
  }

  transition(uuid: string, toState: string, more: { namespace?: string; fromStates?: string[] } = {}, options?: CallOptions): Promise<NetworkInterface__Output> {
    const request = { uuid, to_state: toState, namespace: more.namespace ?? '', from_states: more.fromStates ?? [] };
    return this.t.call(this.s.TransitionNetworkInterfaceState, request, 'once', options);
  }

  update(request: UpdateNetworkInterfaceRequest, options?: CallOptions): Promise<NetworkInterface__Output> {
    return this.t.call(this.s.UpdateNetworkInterface, request, 'once', options);
  }

  delete(uuid: string, namespace = '', options?: CallOptions): Promise<DeleteResponse__Output> {
    return this.t.call(this.s.DeleteNetworkInterface, { uuid, namespace }, 'once', options);
  }
}
