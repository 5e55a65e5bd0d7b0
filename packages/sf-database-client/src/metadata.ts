import type { DeleteMetadataResponse__Output, Metadata__Output } from '@sf/proto';
import { databaseServices } from '@sf/proto';
import type { CallOptions, Transport } from './internal/transport.js';

/** The object a metadata call is about; objectRef is a uuid, or the name of a namespace or node. */
export interface MetadataOwner {
  objectType: 'namespace' | 'node' | 'instance' | 'network' | 'network_interface' | 'blob' | 'artifact';
  objectRef: string;
  namespace?: string;
}

function ownerFields(o: MetadataOwner): { object_type: string; object_ref: string; namespace: string } {
  return { object_type: o.objectType, object_ref: o.objectRef, namespace: o.namespace ?? '' };
}

/** Values are JSON documents; get returns them parsed. Setting a key is an upsert, so retries are harmless. */
export class MetadataClient {
  private readonly s = databaseServices().metadata;

  constructor(private readonly t: Transport) {}

  async get(owner: MetadataOwner, options?: CallOptions): Promise<Record<string, unknown>> {
    return parse(await this.t.call(this.s.GetMetadata, ownerFields(owner), 'read', options));
  }

  async set(owner: MetadataOwner, key: string, value: unknown, options?: CallOptions): Promise<Record<string, unknown>> {
    return parse(await this.t.call(this.s.SetMetadata, { ...ownerFields(owner), key, value_json: JSON.stringify(value) }, 'idempotent', options));
  }

  delete(owner: MetadataOwner, key: string, options?: CallOptions): Promise<DeleteMetadataResponse__Output> {
    return this.t.call(this.s.DeleteMetadata, { ...ownerFields(owner), key }, 'idempotent', options);
  }
}

function parse(reply: Metadata__Output): Record<string, unknown> {
  return Object.fromEntries(Object.entries(reply.values_json).map(([k, v]) => [k, JSON.parse(v) as unknown]));
}
