import type { ArtifactServiceHandlers } from '@sf/proto';
import { addArtifactVersion, createArtifact, deleteArtifact, getArtifact, listArtifacts, transitionArtifact } from '../resources/artifact.repo.js';
import { unary, type RpcRuntime } from '../server/unary.js';

export function artifactService(rt: RpcRuntime): ArtifactServiceHandlers {
  return {
    CreateArtifact: unary(rt, 'CreateArtifact', 'once', (req, { db }) => createArtifact(db, req.artifact ?? {})),
    GetArtifact: unary(rt, 'GetArtifact', 'read', (req, { db }) => getArtifact(db, req.uuid, req.namespace)),
    ListArtifacts: unary(rt, 'ListArtifacts', 'read', (req, { db }) => listArtifacts(db, req)),
    TransitionArtifactState: unary(rt, 'TransitionArtifactState', 'once', (req, { db }) =>
      transitionArtifact(db, req.uuid, req.namespace, req.to_state, req.from_states),
    ),
    AddArtifactVersion: unary(rt, 'AddArtifactVersion', 'once', (req, { db }) => addArtifactVersion(db, req.uuid, req.namespace, req.blob_uuid)),
    DeleteArtifact: unary(rt, 'DeleteArtifact', 'once', async (req, { db }) => {
      await deleteArtifact(db, req.uuid, req.namespace);
      return { ok: true };
    }),
  };
}
