import type { NodeServiceHandlers } from '@sf/proto';
import { getNode, heartbeatNode, listNodes, registerNode, transitionNode } from '../resources/node.repo.js';
import { schedulableLimits, type OvercommitPolicy } from '../scheduling/overcommit.js';
import { Reservations } from '../scheduling/reservations.js';
import { unary, type RpcRuntime } from '../server/unary.js';

/** Registering a node also sets its capacity limits from its size and the cluster's overcommit policy. */
export function nodeService(rt: RpcRuntime, overcommit: OvercommitPolicy): NodeServiceHandlers {
  return {
    RegisterNode: unary(rt, 'RegisterNode', 'write', async (req, { db }) => {
      const node = await registerNode(db, req.node ?? {});
      const host = { cpus: node.cpus ?? 0, memoryMib: Number(node.memory_mib ?? 0), diskGib: Number(node.disk_gib ?? 0) };
      await new Reservations(db).setNodeLimits(node.name ?? '', schedulableLimits(host, overcommit));
      return node;
    }),
    HeartbeatNode: unary(rt, 'HeartbeatNode', 'write', (req, { db }) => heartbeatNode(db, req.name)),
    GetNode: unary(rt, 'GetNode', 'read', (req, { db }) => getNode(db, req.name)),
    ListNodes: unary(rt, 'ListNodes', 'read', (req, { db }) => listNodes(db, req)),
    TransitionNodeState: unary(rt, 'TransitionNodeState', 'once', (req, { db }) => transitionNode(db, req.name, req.to_state, req.from_states)),
  };
}
