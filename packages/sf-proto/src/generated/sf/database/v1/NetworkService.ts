// Original file: proto/sf/database/v1/network.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateNetworkRequest as _sf_database_v1_CreateNetworkRequest, CreateNetworkRequest__Output as _sf_database_v1_CreateNetworkRequest__Output } from '../../../sf/database/v1/CreateNetworkRequest.js';
import type { DeleteNetworkRequest as _sf_database_v1_DeleteNetworkRequest, DeleteNetworkRequest__Output as _sf_database_v1_DeleteNetworkRequest__Output } from '../../../sf/database/v1/DeleteNetworkRequest.js';
import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from '../../../sf/database/v1/DeleteResponse.js';
import type { FailNetworkCreateRequest as _sf_database_v1_FailNetworkCreateRequest, FailNetworkCreateRequest__Output as _sf_database_v1_FailNetworkCreateRequest__Output } from '../../../sf/database/v1/FailNetworkCreateRequest.js';
import type { GetNetworkRequest as _sf_database_v1_GetNetworkRequest, GetNetworkRequest__Output as _sf_database_v1_GetNetworkRequest__Output } from '../../../sf/database/v1/GetNetworkRequest.js';
import type { ListNetworksRequest as _sf_database_v1_ListNetworksRequest, ListNetworksRequest__Output as _sf_database_v1_ListNetworksRequest__Output } from '../../../sf/database/v1/ListNetworksRequest.js';
import type { ListNetworksResponse as _sf_database_v1_ListNetworksResponse, ListNetworksResponse__Output as _sf_database_v1_ListNetworksResponse__Output } from '../../../sf/database/v1/ListNetworksResponse.js';
import type { Network as _sf_database_v1_Network, Network__Output as _sf_database_v1_Network__Output } from '../../../sf/database/v1/Network.js';
import type { RetireNetworkRequest as _sf_database_v1_RetireNetworkRequest, RetireNetworkRequest__Output as _sf_database_v1_RetireNetworkRequest__Output } from '../../../sf/database/v1/RetireNetworkRequest.js';
import type { TransitionNetworkStateRequest as _sf_database_v1_TransitionNetworkStateRequest, TransitionNetworkStateRequest__Output as _sf_database_v1_TransitionNetworkStateRequest__Output } from '../../../sf/database/v1/TransitionNetworkStateRequest.js';
import type { UpdateNetworkRequest as _sf_database_v1_UpdateNetworkRequest, UpdateNetworkRequest__Output as _sf_database_v1_UpdateNetworkRequest__Output } from '../../../sf/database/v1/UpdateNetworkRequest.js';

export interface NetworkServiceClient extends grpc.Client {
  CreateNetwork(argument: _sf_database_v1_CreateNetworkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  CreateNetwork(argument: _sf_database_v1_CreateNetworkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  CreateNetwork(argument: _sf_database_v1_CreateNetworkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  CreateNetwork(argument: _sf_database_v1_CreateNetworkRequest, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  createNetwork(argument: _sf_database_v1_CreateNetworkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  createNetwork(argument: _sf_database_v1_CreateNetworkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  createNetwork(argument: _sf_database_v1_CreateNetworkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  createNetwork(argument: _sf_database_v1_CreateNetworkRequest, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  
  DeleteNetwork(argument: _sf_database_v1_DeleteNetworkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteNetwork(argument: _sf_database_v1_DeleteNetworkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteNetwork(argument: _sf_database_v1_DeleteNetworkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteNetwork(argument: _sf_database_v1_DeleteNetworkRequest, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteNetwork(argument: _sf_database_v1_DeleteNetworkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteNetwork(argument: _sf_database_v1_DeleteNetworkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteNetwork(argument: _sf_database_v1_DeleteNetworkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteNetwork(argument: _sf_database_v1_DeleteNetworkRequest, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  
  FailNetworkCreate(argument: _sf_database_v1_FailNetworkCreateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  FailNetworkCreate(argument: _sf_database_v1_FailNetworkCreateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  FailNetworkCreate(argument: _sf_database_v1_FailNetworkCreateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  FailNetworkCreate(argument: _sf_database_v1_FailNetworkCreateRequest, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  failNetworkCreate(argument: _sf_database_v1_FailNetworkCreateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  failNetworkCreate(argument: _sf_database_v1_FailNetworkCreateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  failNetworkCreate(argument: _sf_database_v1_FailNetworkCreateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  failNetworkCreate(argument: _sf_database_v1_FailNetworkCreateRequest, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  
  GetNetwork(argument: _sf_database_v1_GetNetworkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  GetNetwork(argument: _sf_database_v1_GetNetworkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  GetNetwork(argument: _sf_database_v1_GetNetworkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  GetNetwork(argument: _sf_database_v1_GetNetworkRequest, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  getNetwork(argument: _sf_database_v1_GetNetworkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  getNetwork(argument: _sf_database_v1_GetNetworkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  getNetwork(argument: _sf_database_v1_GetNetworkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  getNetwork(argument: _sf_database_v1_GetNetworkRequest, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  
  ListNetworks(argument: _sf_database_v1_ListNetworksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNetworksResponse__Output>): grpc.ClientUnaryCall;
  ListNetworks(argument: _sf_database_v1_ListNetworksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNetworksResponse__Output>): grpc.ClientUnaryCall;
  ListNetworks(argument: _sf_database_v1_ListNetworksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNetworksResponse__Output>): grpc.ClientUnaryCall;
  ListNetworks(argument: _sf_database_v1_ListNetworksRequest, callback: grpc.requestCallback<_sf_database_v1_ListNetworksResponse__Output>): grpc.ClientUnaryCall;
  listNetworks(argument: _sf_database_v1_ListNetworksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNetworksResponse__Output>): grpc.ClientUnaryCall;
  listNetworks(argument: _sf_database_v1_ListNetworksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNetworksResponse__Output>): grpc.ClientUnaryCall;
  listNetworks(argument: _sf_database_v1_ListNetworksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNetworksResponse__Output>): grpc.ClientUnaryCall;
  listNetworks(argument: _sf_database_v1_ListNetworksRequest, callback: grpc.requestCallback<_sf_database_v1_ListNetworksResponse__Output>): grpc.ClientUnaryCall;
  
  RetireNetwork(argument: _sf_database_v1_RetireNetworkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  RetireNetwork(argument: _sf_database_v1_RetireNetworkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  RetireNetwork(argument: _sf_database_v1_RetireNetworkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  RetireNetwork(argument: _sf_database_v1_RetireNetworkRequest, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  retireNetwork(argument: _sf_database_v1_RetireNetworkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  retireNetwork(argument: _sf_database_v1_RetireNetworkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  retireNetwork(argument: _sf_database_v1_RetireNetworkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  retireNetwork(argument: _sf_database_v1_RetireNetworkRequest, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  
  TransitionNetworkState(argument: _sf_database_v1_TransitionNetworkStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  TransitionNetworkState(argument: _sf_database_v1_TransitionNetworkStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  TransitionNetworkState(argument: _sf_database_v1_TransitionNetworkStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  TransitionNetworkState(argument: _sf_database_v1_TransitionNetworkStateRequest, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  transitionNetworkState(argument: _sf_database_v1_TransitionNetworkStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  transitionNetworkState(argument: _sf_database_v1_TransitionNetworkStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  transitionNetworkState(argument: _sf_database_v1_TransitionNetworkStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  transitionNetworkState(argument: _sf_database_v1_TransitionNetworkStateRequest, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  
  UpdateNetwork(argument: _sf_database_v1_UpdateNetworkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  UpdateNetwork(argument: _sf_database_v1_UpdateNetworkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  UpdateNetwork(argument: _sf_database_v1_UpdateNetworkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  UpdateNetwork(argument: _sf_database_v1_UpdateNetworkRequest, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  updateNetwork(argument: _sf_database_v1_UpdateNetworkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  updateNetwork(argument: _sf_database_v1_UpdateNetworkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  updateNetwork(argument: _sf_database_v1_UpdateNetworkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  updateNetwork(argument: _sf_database_v1_UpdateNetworkRequest, callback: grpc.requestCallback<_sf_database_v1_Network__Output>): grpc.ClientUnaryCall;
  
}

export interface NetworkServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateNetwork: grpc.handleUnaryCall<_sf_database_v1_CreateNetworkRequest__Output, _sf_database_v1_Network>;
  
  DeleteNetwork: grpc.handleUnaryCall<_sf_database_v1_DeleteNetworkRequest__Output, _sf_database_v1_DeleteResponse>;
  
  FailNetworkCreate: grpc.handleUnaryCall<_sf_database_v1_FailNetworkCreateRequest__Output, _sf_database_v1_Network>;
  
  GetNetwork: grpc.handleUnaryCall<_sf_database_v1_GetNetworkRequest__Output, _sf_database_v1_Network>;
  
  ListNetworks: grpc.handleUnaryCall<_sf_database_v1_ListNetworksRequest__Output, _sf_database_v1_ListNetworksResponse>;
  
  RetireNetwork: grpc.handleUnaryCall<_sf_database_v1_RetireNetworkRequest__Output, _sf_database_v1_Network>;
  
  TransitionNetworkState: grpc.handleUnaryCall<_sf_database_v1_TransitionNetworkStateRequest__Output, _sf_database_v1_Network>;
  
  UpdateNetwork: grpc.handleUnaryCall<_sf_database_v1_UpdateNetworkRequest__Output, _sf_database_v1_Network>;
  
}

export interface NetworkServiceDefinition extends grpc.ServiceDefinition {
  CreateNetwork: MethodDefinition<_sf_database_v1_CreateNetworkRequest, _sf_database_v1_Network, _sf_database_v1_CreateNetworkRequest__Output, _sf_database_v1_Network__Output>
  DeleteNetwork: MethodDefinition<_sf_database_v1_DeleteNetworkRequest, _sf_database_v1_DeleteResponse, _sf_database_v1_DeleteNetworkRequest__Output, _sf_database_v1_DeleteResponse__Output>
  FailNetworkCreate: MethodDefinition<_sf_database_v1_FailNetworkCreateRequest, _sf_database_v1_Network, _sf_database_v1_FailNetworkCreateRequest__Output, _sf_database_v1_Network__Output>
  GetNetwork: MethodDefinition<_sf_database_v1_GetNetworkRequest, _sf_database_v1_Network, _sf_database_v1_GetNetworkRequest__Output, _sf_database_v1_Network__Output>
  ListNetworks: MethodDefinition<_sf_database_v1_ListNetworksRequest, _sf_database_v1_ListNetworksResponse, _sf_database_v1_ListNetworksRequest__Output, _sf_database_v1_ListNetworksResponse__Output>
  RetireNetwork: MethodDefinition<_sf_database_v1_RetireNetworkRequest, _sf_database_v1_Network, _sf_database_v1_RetireNetworkRequest__Output, _sf_database_v1_Network__Output>
  TransitionNetworkState: MethodDefinition<_sf_database_v1_TransitionNetworkStateRequest, _sf_database_v1_Network, _sf_database_v1_TransitionNetworkStateRequest__Output, _sf_database_v1_Network__Output>
  UpdateNetwork: MethodDefinition<_sf_database_v1_UpdateNetworkRequest, _sf_database_v1_Network, _sf_database_v1_UpdateNetworkRequest__Output, _sf_database_v1_Network__Output>
}
