import type { MetadataServiceHandlers } from '@sf/proto';
import { deleteMetadata, getMetadata, setMetadata } from '../resources/metadata.repo.js';
import { unary, type RpcRuntime } from '../server/unary.js';

export function metadataService(rt: RpcRuntime): MetadataServiceHandlers {
  return {
    GetMetadata: unary(rt, 'GetMetadata', 'read', (req, { db }) => getMetadata(db, req.object_type, req.object_ref, req.namespace)),
    SetMetadata: unary(rt, 'SetMetadata', 'write', (req, { db }) => setMetadata(db, req.object_type, req.object_ref, req.namespace, req.key, req.value_json)),
    DeleteMetadata: unary(rt, 'DeleteMetadata', 'write', async (req, { db }) => ({
      deleted: await deleteMetadata(db, req.object_type, req.object_ref, req.namespace, req.key),
    })),
  };
}
