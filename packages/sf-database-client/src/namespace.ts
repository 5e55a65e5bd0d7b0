import type { DeleteResponse__Output, ListNamespacesRequest, ListNamespacesResponse__Output, NamespaceKey__Output, Namespace__Output } from '@sf/proto';
import { databaseServices } from '@sf/proto';
import { listOptions } from './internal/list-filters.js';
import { withRevision, type CallOptions, type Transport } from './internal/transport.js';

export class NamespaceClient {
  private readonly s = databaseServices().namespace;

  constructor(private readonly t: Transport) {}

  /** With firstKey, the namespace and that key (its hash, never the key) are written in one transaction. */
  create(name: string, more: { firstKey?: { name: string; hash: string } } = {}, options?: CallOptions): Promise<Namespace__Output> {
    const { firstKey } = more;
    if (firstKey === undefined) return this.t.call(this.s.CreateNamespace, { namespace: { name } }, 'once', options);
    const first_key = { namespace: name, key_name: firstKey.name, key_hash: firstKey.hash };
    return this.t.call(this.s.CreateNamespace, { namespace: { name }, first_key }, 'once', withRevision(5, options));
  }

  get(name: string, options?: CallOptions): Promise<Namespace__Output> {
    return this.t.call(this.s.GetNamespace, { name }, 'read', options);
  }

  /** With min_state_age_seconds, only to an sf-database of revision 7. */
  list(filter: ListNamespacesRequest = {}, options?: CallOptions): Promise<ListNamespacesResponse__Output> {
    return this.t.call(this.s.ListNamespaces, filter, 'read', listOptions(filter, options));
  }

  transition(name: string, toState: string, fromStates: string[] = [], options?: CallOptions): Promise<Namespace__Output> {
    return this.t.call(this.s.TransitionNamespaceState, { name, to_state: toState, from_states: fromStates }, 'once', options);
  }

  /**
   * Deletes a namespace with its keys, in one transaction; refused
   * (InvalidStateTransitionError, SF_ERR_INVALID_STATE_HELD, details.held)
   * while it holds live instances or networks. Creates in it that race
   * this land before it (and hold it) or are refused after it.
   */
  retire(name: string, options?: CallOptions): Promise<Namespace__Output> {
    return this.t.call(this.s.RetireNamespace, { name }, 'once', withRevision(5, options));
  }

  /** Purges a namespace deleted at least minAgeSeconds ago that no object row names any more, freeing its name. */
  purge(name: string, more: { minAgeSeconds?: number } = {}, options?: CallOptions): Promise<DeleteResponse__Output> {
    return this.t.call(this.s.DeleteNamespace, { name, min_age_seconds: more.minAgeSeconds ?? 0 }, 'once', withRevision(4, options));
  }

  /** Stores the key's hash (never the key) with a fresh nonce, revoking tokens minted before. */
  setKey(namespace: string, keyName: string, keyHash: string, options?: CallOptions): Promise<NamespaceKey__Output> {
    return this.t.call(this.s.SetNamespaceKey, { namespace, key_name: keyName, key_hash: keyHash }, 'once', options);
  }

  /**
   * As setKey, but a new key name is refused (ValidationError,
   * SF_ERR_VALIDATION_TOO_MANY_KEYS) once the namespace holds maxKeys keys,
   * counted under its row lock; replacing a key never is. Only to an
   * sf-database of revision 9: an older one would drop the cap and add the key.
   */
  setKeyCapped(namespace: string, keyName: string, keyHash: string, maxKeys: number, options?: CallOptions): Promise<NamespaceKey__Output> {
    const request = { namespace, key_name: keyName, key_hash: keyHash, max_keys: maxKeys };
    return this.t.call(this.s.SetNamespaceKey, request, 'once', withRevision(9, options));
  }

  getKey(namespace: string, keyName: string, options?: CallOptions): Promise<NamespaceKey__Output> {
    return this.t.call(this.s.GetNamespaceKey, { namespace, key_name: keyName }, 'read', options);
  }

  async listKeys(namespace: string, options?: CallOptions): Promise<NamespaceKey__Output[]> {
    return (await this.t.call(this.s.ListNamespaceKeys, { namespace }, 'read', options)).keys;
  }

  async deleteKey(namespace: string, keyName: string, options?: CallOptions): Promise<boolean> {
    return (await this.t.call(this.s.DeleteNamespaceKey, { namespace, key_name: keyName }, 'once', options)).deleted;
  }

  /** namespace lets trustedNamespace see its objects; returns the namespaces it now trusts. */
  async addTrust(namespace: string, trustedNamespace: string, options?: CallOptions): Promise<string[]> {
    return (await this.t.call(this.s.AddNamespaceTrust, { namespace, trusted_namespace: trustedNamespace }, 'idempotent', options)).trusted_namespaces;
  }

  async removeTrust(namespace: string, trustedNamespace: string, options?: CallOptions): Promise<string[]> {
    return (await this.t.call(this.s.RemoveNamespaceTrust, { namespace, trusted_namespace: trustedNamespace }, 'idempotent', options)).trusted_namespaces;
  }

  async listTrusts(namespace: string, options?: CallOptions): Promise<string[]> {
    return (await this.t.call(this.s.ListNamespaceTrusts, { namespace }, 'read', options)).trusted_namespaces;
  }
}
