// Original file: proto/sf/database/v1/node.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetNodeRequest as _sf_database_v1_GetNodeRequest, GetNodeRequest__Output as _sf_database_v1_GetNodeRequest__Output } from '../../../sf/database/v1/GetNodeRequest.js';
import type { HeartbeatNodeRequest as _sf_database_v1_HeartbeatNodeRequest, HeartbeatNodeRequest__Output as _sf_database_v1_HeartbeatNodeRequest__Output } from '../../../sf/database/v1/HeartbeatNodeRequest.js';
import type { HeartbeatNodeResponse as _sf_database_v1_HeartbeatNodeResponse, HeartbeatNodeResponse__Output as _sf_database_v1_HeartbeatNodeResponse__Output } from '../../../sf/database/v1/HeartbeatNodeResponse.js';
import type { ListNodesRequest as _sf_database_v1_ListNodesRequest, ListNodesRequest__Output as _sf_database_v1_ListNodesRequest__Output } from '../../../sf/database/v1/ListNodesRequest.js';
import type { ListNodesResponse as _sf_database_v1_ListNodesResponse, ListNodesResponse__Output as _sf_database_v1_ListNodesResponse__Output } from '../../../sf/database/v1/ListNodesResponse.js';
import type { Node as _sf_database_v1_Node, Node__Output as _sf_database_v1_Node__Output } from '../../../sf/database/v1/Node.js';
import type { RegisterNodeRequest as _sf_database_v1_RegisterNodeRequest, RegisterNodeRequest__Output as _sf_database_v1_RegisterNodeRequest__Output } from '../../../sf/database/v1/RegisterNodeRequest.js';
import type { TransitionNodeStateRequest as _sf_database_v1_TransitionNodeStateRequest, TransitionNodeStateRequest__Output as _sf_database_v1_TransitionNodeStateRequest__Output } from '../../../sf/database/v1/TransitionNodeStateRequest.js';

export interface NodeServiceClient extends grpc.Client {
  GetNode(argument: _sf_database_v1_GetNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  GetNode(argument: _sf_database_v1_GetNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  GetNode(argument: _sf_database_v1_GetNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  GetNode(argument: _sf_database_v1_GetNodeRequest, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  getNode(argument: _sf_database_v1_GetNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  getNode(argument: _sf_database_v1_GetNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  getNode(argument: _sf_database_v1_GetNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  getNode(argument: _sf_database_v1_GetNodeRequest, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  
  HeartbeatNode(argument: _sf_database_v1_HeartbeatNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_HeartbeatNodeResponse__Output>): grpc.ClientUnaryCall;
  HeartbeatNode(argument: _sf_database_v1_HeartbeatNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_HeartbeatNodeResponse__Output>): grpc.ClientUnaryCall;
  HeartbeatNode(argument: _sf_database_v1_HeartbeatNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_HeartbeatNodeResponse__Output>): grpc.ClientUnaryCall;
  HeartbeatNode(argument: _sf_database_v1_HeartbeatNodeRequest, callback: grpc.requestCallback<_sf_database_v1_HeartbeatNodeResponse__Output>): grpc.ClientUnaryCall;
  heartbeatNode(argument: _sf_database_v1_HeartbeatNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_HeartbeatNodeResponse__Output>): grpc.ClientUnaryCall;
  heartbeatNode(argument: _sf_database_v1_HeartbeatNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_HeartbeatNodeResponse__Output>): grpc.ClientUnaryCall;
  heartbeatNode(argument: _sf_database_v1_HeartbeatNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_HeartbeatNodeResponse__Output>): grpc.ClientUnaryCall;
  heartbeatNode(argument: _sf_database_v1_HeartbeatNodeRequest, callback: grpc.requestCallback<_sf_database_v1_HeartbeatNodeResponse__Output>): grpc.ClientUnaryCall;
  
  ListNodes(argument: _sf_database_v1_ListNodesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNodesResponse__Output>): grpc.ClientUnaryCall;
  ListNodes(argument: _sf_database_v1_ListNodesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNodesResponse__Output>): grpc.ClientUnaryCall;
  ListNodes(argument: _sf_database_v1_ListNodesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNodesResponse__Output>): grpc.ClientUnaryCall;
  ListNodes(argument: _sf_database_v1_ListNodesRequest, callback: grpc.requestCallback<_sf_database_v1_ListNodesResponse__Output>): grpc.ClientUnaryCall;
  listNodes(argument: _sf_database_v1_ListNodesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNodesResponse__Output>): grpc.ClientUnaryCall;
  listNodes(argument: _sf_database_v1_ListNodesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNodesResponse__Output>): grpc.ClientUnaryCall;
  listNodes(argument: _sf_database_v1_ListNodesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNodesResponse__Output>): grpc.ClientUnaryCall;
  listNodes(argument: _sf_database_v1_ListNodesRequest, callback: grpc.requestCallback<_sf_database_v1_ListNodesResponse__Output>): grpc.ClientUnaryCall;
  
  RegisterNode(argument: _sf_database_v1_RegisterNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  RegisterNode(argument: _sf_database_v1_RegisterNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  RegisterNode(argument: _sf_database_v1_RegisterNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  RegisterNode(argument: _sf_database_v1_RegisterNodeRequest, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  registerNode(argument: _sf_database_v1_RegisterNodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  registerNode(argument: _sf_database_v1_RegisterNodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  registerNode(argument: _sf_database_v1_RegisterNodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  registerNode(argument: _sf_database_v1_RegisterNodeRequest, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  
  TransitionNodeState(argument: _sf_database_v1_TransitionNodeStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  TransitionNodeState(argument: _sf_database_v1_TransitionNodeStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  TransitionNodeState(argument: _sf_database_v1_TransitionNodeStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  TransitionNodeState(argument: _sf_database_v1_TransitionNodeStateRequest, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  transitionNodeState(argument: _sf_database_v1_TransitionNodeStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  transitionNodeState(argument: _sf_database_v1_TransitionNodeStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  transitionNodeState(argument: _sf_database_v1_TransitionNodeStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  transitionNodeState(argument: _sf_database_v1_TransitionNodeStateRequest, callback: grpc.requestCallback<_sf_database_v1_Node__Output>): grpc.ClientUnaryCall;
  
}

export interface NodeServiceHandlers extends grpc.UntypedServiceImplementation {
  GetNode: grpc.handleUnaryCall<_sf_database_v1_GetNodeRequest__Output, _sf_database_v1_Node>;
  
  HeartbeatNode: grpc.handleUnaryCall<_sf_database_v1_HeartbeatNodeRequest__Output, _sf_database_v1_HeartbeatNodeResponse>;
  
  ListNodes: grpc.handleUnaryCall<_sf_database_v1_ListNodesRequest__Output, _sf_database_v1_ListNodesResponse>;
  
  RegisterNode: grpc.handleUnaryCall<_sf_database_v1_RegisterNodeRequest__Output, _sf_database_v1_Node>;
  
  TransitionNodeState: grpc.handleUnaryCall<_sf_database_v1_TransitionNodeStateRequest__Output, _sf_database_v1_Node>;
  
}

export interface NodeServiceDefinition extends grpc.ServiceDefinition {
  GetNode: MethodDefinition<_sf_database_v1_GetNodeRequest, _sf_database_v1_Node, _sf_database_v1_GetNodeRequest__Output, _sf_database_v1_Node__Output>
  HeartbeatNode: MethodDefinition<_sf_database_v1_HeartbeatNodeRequest, _sf_database_v1_HeartbeatNodeResponse, _sf_database_v1_HeartbeatNodeRequest__Output, _sf_database_v1_HeartbeatNodeResponse__Output>
  ListNodes: MethodDefinition<_sf_database_v1_ListNodesRequest, _sf_database_v1_ListNodesResponse, _sf_database_v1_ListNodesRequest__Output, _sf_database_v1_ListNodesResponse__Output>
  RegisterNode: MethodDefinition<_sf_database_v1_RegisterNodeRequest, _sf_database_v1_Node, _sf_database_v1_RegisterNodeRequest__Output, _sf_database_v1_Node__Output>
  TransitionNodeState: MethodDefinition<_sf_database_v1_TransitionNodeStateRequest, _sf_database_v1_Node, _sf_database_v1_TransitionNodeStateRequest__Output, _sf_database_v1_Node__Output>
}
