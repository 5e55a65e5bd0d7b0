import type { NetworkInterfaceServiceHandlers } from '@sf/proto';
import {
  createNetworkInterface,
  deleteNetworkInterface,
  getNetworkInterface,
  listNetworkInterfaces,
  transitionNetworkInterface,
  updateNetworkInterface,
} from '../resources/network-interface.repo.js';
import { unary, type RpcRuntime } from '../server/unary.js';

export function networkInterfaceService(rt: RpcRuntime): NetworkInterfaceServiceHandlers {
  return {
    CreateNetworkInterface: unary(rt, 'CreateNetworkInterface', 'once', (req, { db }) => createNetworkInterface(db, req.network_interface ?? {})),
    GetNetworkInterface: unary(rt, 'GetNetworkInterface', 'read', (req, { db }) => getNetworkInterface(db, req.uuid, req.namespace)),
    ListNetworkInterfaces: unary(rt, 'ListNetworkInterfaces', 'read', (req, { db }) => listNetworkInterfaces(db, req)),
    TransitionNetworkInterfaceState: unary(rt, 'TransitionNetworkInterfaceState', 'once', (req, { db }) =>
      transitionNetworkInterface(db, req.uuid, req.namespace, req.to_state, req.from_states),
    ),
    UpdateNetworkInterface: unary(rt, 'UpdateNetworkInterface', 'once', (req, { db }) => updateNetworkInterface(db, req)),
    DeleteNetworkInterface: unary(rt, 'DeleteNetworkInterface', 'once', async (req, { db }) => {
      await deleteNetworkInterface(db, req.uuid, req.namespace);
      return { ok: true };
    }),
  };
}
