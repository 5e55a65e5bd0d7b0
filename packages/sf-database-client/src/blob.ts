import type { Blob, Blob__Output, DeleteResponse__Output, ListBlobsRequest, ListBlobsResponse__Output, UpdateBlobRequest } from '@sf/proto';
import { databaseServices } from '@sf/proto';
import type { CallOptions, Transport } from './internal/transport.js';

/** Blobs and the nodes holding a copy; adding or removing a location is idempotent. */
export class BlobClient {
  private readonly s = databaseServices().blob;

  constructor(private readonly t: Transport) {}

  create(blob: Blob, options?: CallOptions): Promise<Blob__Output> {
    return this.t.call(this.s.CreateBlob, { blob }, 'once', options);
  }

  get(uuid: string, options?: CallOptions): Promise<Blob__Output> {
    return this.t.call(this.s.GetBlob, { uuid }, 'read', options);
  }

  list(filter: ListBlobsRequest = {}, options?: CallOptions): Promise<ListBlobsResponse__Output> {
    return this.t.call(this.s.ListBlobs, filter, 'read', options);
  }

  transition(uuid: string, toState: string, fromStates: string[] = [], options?: CallOptions): Promise<Blob__Output> {
    return this.t.call(this.s.TransitionBlobState, { uuid, to_state: toState, from_states: fromStates }, 'once', options);
  }

  update(request: UpdateBlobRequest, options?: CallOptions): Promise<Blob__Output> {
    return this.t.call(this.s.UpdateBlob, request, 'once', options);
  }

  addLocation(uuid: string, node: string, options?: CallOptions): Promise<Blob__Output> {
    return this.t.call(this.s.AddBlobLocation, { uuid, node }, 'idempotent', options);
  }

  removeLocation(uuid: string, node: string, options?: CallOptions): Promise<Blob__Output> {
    return this.t.call(this.s.RemoveBlobLocation, { uuid, node }, 'idempotent', options);
  }

  delete(uuid: string, options?: CallOptions): Promise<DeleteResponse__Output> {
    return this.t.call(this.s.DeleteBlob, { uuid }, 'once', options);
  }
}
