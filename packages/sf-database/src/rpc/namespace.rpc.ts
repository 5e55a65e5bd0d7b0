import type { NamespaceServiceHandlers } from '@sf/proto';
import { getNamespace, listNamespaces, retireNamespace, transitionNamespace } from '../resources/namespace.repo.js';
import { purgeNamespace } from '../resources/purge.js';
import {
  addNamespaceTrust,
  createNamespaceWithKey,
  deleteNamespaceKey,
  getNamespaceKey,
  listNamespaceKeys,
  listNamespaceTrusts,
  removeNamespaceTrust,
  setNamespaceKey,
} from '../resources/namespace-key.repo.js';
import { unary, type RpcRuntime } from '../server/unary.js';

export function namespaceService(rt: RpcRuntime): NamespaceServiceHandlers {
  return {
    CreateNamespace: unary(rt, 'CreateNamespace', 'once', (req, { db }) => createNamespaceWithKey(db, req.namespace ?? {}, req.first_key)),
    GetNamespace: unary(rt, 'GetNamespace', 'read', (req, { db }) => getNamespace(db, req.name)),
    ListNamespaces: unary(rt, 'ListNamespaces', 'read', (req, { db }) => listNamespaces(db, req)),
    TransitionNamespaceState: unary(rt, 'TransitionNamespaceState', 'once', (req, { db }) => transitionNamespace(db, req.name, req.to_state, req.from_states)),
    RetireNamespace: unary(rt, 'RetireNamespace', 'once', (req, { db }) => retireNamespace(db, req.name)),
    DeleteNamespace: unary(rt, 'DeleteNamespace', 'once', async (req, { db }) => {
      await purgeNamespace(db, req.name, req.min_age_seconds);
      return { ok: true };
    }),
    SetNamespaceKey: unary(rt, 'SetNamespaceKey', 'once', (req, { db }) => setNamespaceKey(db, req.namespace, req.key_name, req.key_hash, req.max_keys)),
    GetNamespaceKey: unary(rt, 'GetNamespaceKey', 'read', (req, { db }) => getNamespaceKey(db, req.namespace, req.key_name)),
    ListNamespaceKeys: unary(rt, 'ListNamespaceKeys', 'read', async (req, { db }) => ({ keys: await listNamespaceKeys(db, req.namespace) })),
    DeleteNamespaceKey: unary(rt, 'DeleteNamespaceKey', 'once', async (req, { db }) => ({ deleted: await deleteNamespaceKey(db, req.namespace, req.key_name) })),
    AddNamespaceTrust: unary(rt, 'AddNamespaceTrust', 'write', async (req, { db }) => ({
      trusted_namespaces: await addNamespaceTrust(db, req.namespace, req.trusted_namespace),
    })),
    RemoveNamespaceTrust: unary(rt, 'RemoveNamespaceTrust', 'write', async (req, { db }) => ({
      trusted_namespaces: await removeNamespaceTrust(db, req.namespace, req.trusted_namespace),
    })),
    ListNamespaceTrusts: unary(rt, 'ListNamespaceTrusts', 'read', async (req, { db }) => ({ trusted_namespaces: await listNamespaceTrusts(db, req.namespace) })),
  };
}
