import type {
  AddArtifactVersionResponse__Output,
  Artifact,
  Artifact__Output,
  DeleteResponse__Output,
  ListArtifactsRequest,
  ListArtifactsResponse__Output,
} from '@sf/proto';
import { databaseServices } from '@sf/proto';
import type { CallOptions, Transport } from './internal/transport.js';

export class ArtifactClient {
  private readonly s = databaseServices().artifact;

  constructor(private readonly t: Transport) {}

  create(artifact: Artifact, options?: CallOptions): Promise<Artifact__Output> {
    return this.t.call(this.s.CreateArtifact, { artifact }, 'once', options);
  }

  get(uuid: string, namespace = '', options?: CallOptions): Promise<Artifact__Output> {
    return this.t.call(this.s.GetArtifact, { uuid, namespace }, 'read', options);
  }

  list(filter: ListArtifactsRequest = {}, options?: CallOptions): Promise<ListArtifactsResponse__Output> {
    return this.t.call(this.s.ListArtifacts, filter, 'read', options);
  }

  transition(uuid: string, toState: string, more: { namespace?: string; fromStates?: string[] } = {}, options?: CallOptions): Promise<Artifact__Output> {
    const request = { uuid, to_state: toState, namespace: more.namespace ?? '', from_states: more.fromStates ?? [] };
    return this.t.call(this.s.TransitionArtifactState, request, 'once', options);
  }

  /** Appends a version; the reply names the blobs of versions dropped beyond max_versions. */
  addVersion(uuid: string, blobUuid: string, namespace = '', options?: CallOptions): Promise<AddArtifactVersionResponse__Output> {
    return this.t.call(this.s.AddArtifactVersion, { uuid, namespace, blob_uuid: blobUuid }, 'once', options);
  }

  delete(uuid: string, namespace = '', options?: CallOptions): Promise<DeleteResponse__Output> {
    return this.t.call(this.s.DeleteArtifact, { uuid, namespace }, 'once', options);
  }
}
