import type { NodeServiceHandlers } from '@sf/proto';
import { getNode, heartbeatNode, listNodes, registerNode, transitionNode } from '../resources/node.repo.js';
import { unary, type RpcRuntime } from '../server/unary.js';

export function nodeService(rt: RpcRuntime): NodeServiceHandlers {
  return {
    RegisterNode: unary(rt, 'RegisterNode', 'write', (req, { db }) => registerNode(db, req.node ?? {})),
    HeartbeatNode: unary(rt, 'HeartbeatNode', 'write', (req, { db }) => heartbeatNode(db, req.name)),
    GetNode: unary(rt, 'GetNode', 'read', (req, { db }) => getNode(db, req.name)),
    ListNodes: unary(rt, 'ListNodes', 'read', (req, { db }) => listNodes(db, req)),
    TransitionNodeState: unary(rt, 'TransitionNodeState', 'once', (req, { db }) => transitionNode(db, req.name, req.to_state, req.from_states)),
  };
}
