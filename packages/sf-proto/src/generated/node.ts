import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from './sf/database/v1/DeleteResponse.js';
import type { GetNodeRequest as _sf_database_v1_GetNodeRequest, GetNodeRequest__Output as _sf_database_v1_GetNodeRequest__Output } from './sf/database/v1/GetNodeRequest.js';
import type { HeartbeatNodeRequest as _sf_database_v1_HeartbeatNodeRequest, HeartbeatNodeRequest__Output as _sf_database_v1_HeartbeatNodeRequest__Output } from './sf/database/v1/HeartbeatNodeRequest.js';
import type { HeartbeatNodeResponse as _sf_database_v1_HeartbeatNodeResponse, HeartbeatNodeResponse__Output as _sf_database_v1_HeartbeatNodeResponse__Output } from './sf/database/v1/HeartbeatNodeResponse.js';
import type { ListNodesRequest as _sf_database_v1_ListNodesRequest, ListNodesRequest__Output as _sf_database_v1_ListNodesRequest__Output } from './sf/database/v1/ListNodesRequest.js';
import type { ListNodesResponse as _sf_database_v1_ListNodesResponse, ListNodesResponse__Output as _sf_database_v1_ListNodesResponse__Output } from './sf/database/v1/ListNodesResponse.js';
import type { Node as _sf_database_v1_Node, Node__Output as _sf_database_v1_Node__Output } from './sf/database/v1/Node.js';
import type { NodeServiceClient as _sf_database_v1_NodeServiceClient, NodeServiceDefinition as _sf_database_v1_NodeServiceDefinition } from './sf/database/v1/NodeService.js';
import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from './sf/database/v1/PageRequest.js';
import type { RegisterNodeRequest as _sf_database_v1_RegisterNodeRequest, RegisterNodeRequest__Output as _sf_database_v1_RegisterNodeRequest__Output } from './sf/database/v1/RegisterNodeRequest.js';
import type { TransitionNodeStateRequest as _sf_database_v1_TransitionNodeStateRequest, TransitionNodeStateRequest__Output as _sf_database_v1_TransitionNodeStateRequest__Output } from './sf/database/v1/TransitionNodeStateRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sf: {
    database: {
      v1: {
        DeleteResponse: MessageTypeDefinition<_sf_database_v1_DeleteResponse, _sf_database_v1_DeleteResponse__Output>
        GetNodeRequest: MessageTypeDefinition<_sf_database_v1_GetNodeRequest, _sf_database_v1_GetNodeRequest__Output>
        HeartbeatNodeRequest: MessageTypeDefinition<_sf_database_v1_HeartbeatNodeRequest, _sf_database_v1_HeartbeatNodeRequest__Output>
        HeartbeatNodeResponse: MessageTypeDefinition<_sf_database_v1_HeartbeatNodeResponse, _sf_database_v1_HeartbeatNodeResponse__Output>
        ListNodesRequest: MessageTypeDefinition<_sf_database_v1_ListNodesRequest, _sf_database_v1_ListNodesRequest__Output>
        ListNodesResponse: MessageTypeDefinition<_sf_database_v1_ListNodesResponse, _sf_database_v1_ListNodesResponse__Output>
        Node: MessageTypeDefinition<_sf_database_v1_Node, _sf_database_v1_Node__Output>
        NodeService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_NodeServiceClient> & { service: _sf_database_v1_NodeServiceDefinition }
        PageRequest: MessageTypeDefinition<_sf_database_v1_PageRequest, _sf_database_v1_PageRequest__Output>
        RegisterNodeRequest: MessageTypeDefinition<_sf_database_v1_RegisterNodeRequest, _sf_database_v1_RegisterNodeRequest__Output>
        TransitionNodeStateRequest: MessageTypeDefinition<_sf_database_v1_TransitionNodeStateRequest, _sf_database_v1_TransitionNodeStateRequest__Output>
      }
    }
  }
}

