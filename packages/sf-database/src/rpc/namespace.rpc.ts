import type { NamespaceServiceHandlers } from '@sf/proto';
import { createNamespace, deleteNamespace, getNamespace, listNamespaces, transitionNamespace } from '../resources/namespace.repo.js';
import { unary, type RpcRuntime } from '../server/unary.js';

export function namespaceService(rt: RpcRuntime): NamespaceServiceHandlers {
  return {
    CreateNamespace: unary(rt, 'CreateNamespace', 'once', (req, { db }) => createNamespace(db, req.namespace ?? {})),
    GetNamespace: unary(rt, 'GetNamespace', 'read', (req, { db }) => getNamespace(db, req.name)),
    ListNamespaces: unary(rt, 'ListNamespaces', 'read', (req, { db }) => listNamespaces(db, req)),
    TransitionNamespaceState: unary(rt, 'TransitionNamespaceState', 'once', (req, { db }) => transitionNamespace(db, req.name, req.to_state, req.from_states)),
    DeleteNamespace: unary(rt, 'DeleteNamespace', 'once', async (req, { db }) => {
      await deleteNamespace(db, req.name);
      return { ok: true };
    }),
  };
}
