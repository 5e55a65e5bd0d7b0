import type { BlobServiceHandlers } from '@sf/proto';
import { addBlobLocation, createBlob, deleteBlob, getBlob, listBlobs, removeBlobLocation, transitionBlob, updateBlob } from '../resources/blob.repo.js';
import { unary, type RpcRuntime } from '../server/unary.js';

export function blobService(rt: RpcRuntime): BlobServiceHandlers {
  return {
    CreateBlob: unary(rt, 'CreateBlob', 'once', (req, { db }) => createBlob(db, req.blob ?? {})),
    GetBlob: unary(rt, 'GetBlob', 'read', (req, { db }) => getBlob(db, req.uuid)),
    ListBlobs: unary(rt, 'ListBlobs', 'read', (req, { db }) => listBlobs(db, req)),
    TransitionBlobState: unary(rt, 'TransitionBlobState', 'once', (req, { db }) => transitionBlob(db, req.uuid, req.to_state, req.from_states)),
    UpdateBlob: unary(rt, 'UpdateBlob', 'once', (req, { db }) => updateBlob(db, req)),
    AddBlobLocation: unary(rt, 'AddBlobLocation', 'write', (req, { db }) => addBlobLocation(db, req.uuid, req.node)),
    RemoveBlobLocation: unary(rt, 'RemoveBlobLocation', 'write', (req, { db }) => removeBlobLocation(db, req.uuid, req.node)),
    DeleteBlob: unary(rt, 'DeleteBlob', 'once', async (req, { db }) => {
      await deleteBlob(db, req.uuid);
      return { ok: true };
    }),
  };
}
