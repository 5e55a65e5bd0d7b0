import type { DeleteResponse__Output, ListNetworksRequest, ListNetworksResponse__Output, Network, Network__Output, UpdateNetworkRequest } from '@sf/proto';
import { databaseServices } from '@sf/proto';
import { withRevision, type CallOptions, type Transport } from './internal/transport.js';
import { listOptions } from './internal/list-filters.js';
import { failCreateRequest, failCreateRevision, transitionRequest, type FailCreateMore, type TransitionMore } from './internal/transition.js';

export class NetworkClient {
  private readonly s = databaseServices().network;

  constructor(private readonly t: Transport) {}

  create(network: Network, options?: CallOptions): Promise<Network__Output> {
    return this.t.call(this.s.CreateNetwork, { network }, 'once', options);
  }

  get(uuid: string, namespace = '', options?: CallOptions): Promise<Network__Output> {
    return this.t.call(this.s.GetNetwork, { uuid, namespace }, 'read', options);
  }

  /** With min_state_age_seconds, never_queued or idle_since_state_change, only to an sf-database of revision 7. */
  list(filter: ListNetworksRequest = {}, options?: CallOptions): Promise<ListNetworksResponse__Output> {
    const filtered = listOptions(filter, options);
    // An older sf-database would drop holds_vni and list every network.
    return this.t.call(this.s.ListNetworks, filter, 'read', filter.holds_vni === true ? withRevision(8, filtered) : filtered);
  }

  transition(uuid: string, toState: string, more: TransitionMore = {}, options?: CallOptions): Promise<Network__Output> {
    return this.t.call(this.s.TransitionNetworkState, transitionRequest(uuid, toState, more), 'once', options);
  }

  /**
   * Fails a create that did not queue its work, with what it holds, in one
   * step; refused (InvalidStateTransitionError, SF_ERR_INVALID_STATE_QUEUED)
   * once work was queued for it, or (SF_ERR_INVALID_STATE_RECENT) when its
   * state changed less than minAgeSeconds ago by the database's clock.
   */
  failCreate(uuid: string, more: FailCreateMore = {}, options?: CallOptions): Promise<Network__Output> {
    return this.t.call(this.s.FailNetworkCreate, failCreateRequest(uuid, more), 'once', withRevision(failCreateRevision(more), options));
  }

  update(request: UpdateNetworkRequest, options?: CallOptions): Promise<Network__Output> {
    return this.t.call(this.s.UpdateNetwork, request, 'once', options);
  }

  /**
   * A network's DELETE: to delete-wait while interfaces not yet deleted name
   * it, else to deleted, decided under its row lock (no interface joins it
   * meanwhile). Refused (InvalidStateTransitionError) for one in error or
   * already deleted.
   */
  retire(uuid: string, more: { namespace?: string } = {}, options?: CallOptions): Promise<Network__Output> {
    return this.t.call(this.s.RetireNetwork, { uuid, namespace: more.namespace ?? '' }, 'once', withRevision(5, options));
  }

  /** Purges a network deleted at least minAgeSeconds ago that holds nothing (its VNI given back, no interface rows). */
  purge(uuid: string, more: { namespace?: string; minAgeSeconds?: number } = {}, options?: CallOptions): Promise<DeleteResponse__Output> {
    return this.t.call(this.s.DeleteNetwork, { uuid, namespace: more.namespace ?? '', min_age_seconds: more.minAgeSeconds ?? 0 }, 'once', withRevision(4, options));
  }
}
