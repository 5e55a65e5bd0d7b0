// Original file: proto/sf/database/v1/network_interface.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateNetworkInterfaceRequest as _sf_database_v1_CreateNetworkInterfaceRequest, CreateNetworkInterfaceRequest__Output as _sf_database_v1_CreateNetworkInterfaceRequest__Output } from '../../../sf/database/v1/CreateNetworkInterfaceRequest.js';
import type { DeleteNetworkInterfaceRequest as _sf_database_v1_DeleteNetworkInterfaceRequest, DeleteNetworkInterfaceRequest__Output as _sf_database_v1_DeleteNetworkInterfaceRequest__Output } from '../../../sf/database/v1/DeleteNetworkInterfaceRequest.js';
import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from '../../../sf/database/v1/DeleteResponse.js';
import type { GetNetworkInterfaceRequest as _sf_database_v1_GetNetworkInterfaceRequest, GetNetworkInterfaceRequest__Output as _sf_database_v1_GetNetworkInterfaceRequest__Output } from '../../../sf/database/v1/GetNetworkInterfaceRequest.js';
import type { ListNetworkInterfacesRequest as _sf_database_v1_ListNetworkInterfacesRequest, ListNetworkInterfacesRequest__Output as _sf_database_v1_ListNetworkInterfacesRequest__Output } from '../../../sf/database/v1/ListNetworkInterfacesRequest.js';
import type { ListNetworkInterfacesResponse as _sf_database_v1_ListNetworkInterfacesResponse, ListNetworkInterfacesResponse__Output as _sf_database_v1_ListNetworkInterfacesResponse__Output } from '../../../sf/database/v1/ListNetworkInterfacesResponse.js';
import type { NetworkInterface as _sf_database_v1_NetworkInterface, NetworkInterface__Output as _sf_database_v1_NetworkInterface__Output } from '../../../sf/database/v1/NetworkInterface.js';
import type { TransitionNetworkInterfaceStateRequest as _sf_database_v1_TransitionNetworkInterfaceStateRequest, TransitionNetworkInterfaceStateRequest__Output as _sf_database_v1_TransitionNetworkInterfaceStateRequest__Output } from '../../../sf/database/v1/TransitionNetworkInterfaceStateRequest.js';
import type { UpdateNetworkInterfaceRequest as _sf_database_v1_UpdateNetworkInterfaceRequest, UpdateNetworkInterfaceRequest__Output as _sf_database_v1_UpdateNetworkInterfaceRequest__Output } from '../../../sf/database/v1/UpdateNetworkInterfaceRequest.js';

export interface NetworkInterfaceServiceClient extends grpc.Client {
  CreateNetworkInterface(argument: _sf_database_v1_CreateNetworkInterfaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  CreateNetworkInterface(argument: _sf_database_v1_CreateNetworkInterfaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  CreateNetworkInterface(argument: _sf_database_v1_CreateNetworkInterfaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  CreateNetworkInterface(argument: _sf_database_v1_CreateNetworkInterfaceRequest, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  createNetworkInterface(argument: _sf_database_v1_CreateNetworkInterfaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  createNetworkInterface(argument: _sf_database_v1_CreateNetworkInterfaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  createNetworkInterface(argument: _sf_database_v1_CreateNetworkInterfaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  createNetworkInterface(argument: _sf_database_v1_CreateNetworkInterfaceRequest, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  
  DeleteNetworkInterface(argument: _sf_database_v1_DeleteNetworkInterfaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteNetworkInterface(argument: _sf_database_v1_DeleteNetworkInterfaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteNetworkInterface(argument: _sf_database_v1_DeleteNetworkInterfaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteNetworkInterface(argument: _sf_database_v1_DeleteNetworkInterfaceRequest, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteNetworkInterface(argument: _sf_database_v1_DeleteNetworkInterfaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteNetworkInterface(argument: _sf_database_v1_DeleteNetworkInterfaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteNetworkInterface(argument: _sf_database_v1_DeleteNetworkInterfaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteNetworkInterface(argument: _sf_database_v1_DeleteNetworkInterfaceRequest, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  
  GetNetworkInterface(argument: _sf_database_v1_GetNetworkInterfaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  GetNetworkInterface(argument: _sf_database_v1_GetNetworkInterfaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  GetNetworkInterface(argument: _sf_database_v1_GetNetworkInterfaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  GetNetworkInterface(argument: _sf_database_v1_GetNetworkInterfaceRequest, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  getNetworkInterface(argument: _sf_database_v1_GetNetworkInterfaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  getNetworkInterface(argument: _sf_database_v1_GetNetworkInterfaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  getNetworkInterface(argument: _sf_database_v1_GetNetworkInterfaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  getNetworkInterface(argument: _sf_database_v1_GetNetworkInterfaceRequest, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  
  ListNetworkInterfaces(argument: _sf_database_v1_ListNetworkInterfacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNetworkInterfacesResponse__Output>): grpc.ClientUnaryCall;
  ListNetworkInterfaces(argument: _sf_database_v1_ListNetworkInterfacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNetworkInterfacesResponse__Output>): grpc.ClientUnaryCall;
  ListNetworkInterfaces(argument: _sf_database_v1_ListNetworkInterfacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNetworkInterfacesResponse__Output>): grpc.ClientUnaryCall;
  ListNetworkInterfaces(argument: _sf_database_v1_ListNetworkInterfacesRequest, callback: grpc.requestCallback<_sf_database_v1_ListNetworkInterfacesResponse__Output>): grpc.ClientUnaryCall;
  listNetworkInterfaces(argument: _sf_database_v1_ListNetworkInterfacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNetworkInterfacesResponse__Output>): grpc.ClientUnaryCall;
  listNetworkInterfaces(argument: _sf_database_v1_ListNetworkInterfacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNetworkInterfacesResponse__Output>): grpc.ClientUnaryCall;
  listNetworkInterfaces(argument: _sf_database_v1_ListNetworkInterfacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNetworkInterfacesResponse__Output>): grpc.ClientUnaryCall;
  listNetworkInterfaces(argument: _sf_database_v1_ListNetworkInterfacesRequest, callback: grpc.requestCallback<_sf_database_v1_ListNetworkInterfacesResponse__Output>): grpc.ClientUnaryCall;
  
  TransitionNetworkInterfaceState(argument: _sf_database_v1_TransitionNetworkInterfaceStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  TransitionNetworkInterfaceState(argument: _sf_database_v1_TransitionNetworkInterfaceStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  TransitionNetworkInterfaceState(argument: _sf_database_v1_TransitionNetworkInterfaceStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  TransitionNetworkInterfaceState(argument: _sf_database_v1_TransitionNetworkInterfaceStateRequest, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  transitionNetworkInterfaceState(argument: _sf_database_v1_TransitionNetworkInterfaceStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  transitionNetworkInterfaceState(argument: _sf_database_v1_TransitionNetworkInterfaceStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  transitionNetworkInterfaceState(argument: _sf_database_v1_TransitionNetworkInterfaceStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  transitionNetworkInterfaceState(argument: _sf_database_v1_TransitionNetworkInterfaceStateRequest, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  
  UpdateNetworkInterface(argument: _sf_database_v1_UpdateNetworkInterfaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  UpdateNetworkInterface(argument: _sf_database_v1_UpdateNetworkInterfaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  UpdateNetworkInterface(argument: _sf_database_v1_UpdateNetworkInterfaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  UpdateNetworkInterface(argument: _sf_database_v1_UpdateNetworkInterfaceRequest, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  updateNetworkInterface(argument: _sf_database_v1_UpdateNetworkInterfaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  updateNetworkInterface(argument: _sf_database_v1_UpdateNetworkInterfaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  updateNetworkInterface(argument: _sf_database_v1_UpdateNetworkInterfaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  updateNetworkInterface(argument: _sf_database_v1_UpdateNetworkInterfaceRequest, callback: grpc.requestCallback<_sf_database_v1_NetworkInterface__Output>): grpc.ClientUnaryCall;
  
}

export interface NetworkInterfaceServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateNetworkInterface: grpc.handleUnaryCall<_sf_database_v1_CreateNetworkInterfaceRequest__Output, _sf_database_v1_NetworkInterface>;
  
  DeleteNetworkInterface: grpc.handleUnaryCall<_sf_database_v1_DeleteNetworkInterfaceRequest__Output, _sf_database_v1_DeleteResponse>;
  
  GetNetworkInterface: grpc.handleUnaryCall<_sf_database_v1_GetNetworkInterfaceRequest__Output, _sf_database_v1_NetworkInterface>;
  
  ListNetworkInterfaces: grpc.handleUnaryCall<_sf_database_v1_ListNetworkInterfacesRequest__Output, _sf_database_v1_ListNetworkInterfacesResponse>;
  
  TransitionNetworkInterfaceState: grpc.handleUnaryCall<_sf_database_v1_TransitionNetworkInterfaceStateRequest__Output, _sf_database_v1_NetworkInterface>;
  
  UpdateNetworkInterface: grpc.handleUnaryCall<_sf_database_v1_UpdateNetworkInterfaceRequest__Output, _sf_database_v1_NetworkInterface>;
  
}

export interface NetworkInterfaceServiceDefinition extends grpc.ServiceDefinition {
  CreateNetworkInterface: MethodDefinition<_sf_database_v1_CreateNetworkInterfaceRequest, _sf_database_v1_NetworkInterface, _sf_database_v1_CreateNetworkInterfaceRequest__Output, _sf_database_v1_NetworkInterface__Output>
  DeleteNetworkInterface: MethodDefinition<_sf_database_v1_DeleteNetworkInterfaceRequest, _sf_database_v1_DeleteResponse, _sf_database_v1_DeleteNetworkInterfaceRequest__Output, _sf_database_v1_DeleteResponse__Output>
  GetNetworkInterface: MethodDefinition<_sf_database_v1_GetNetworkInterfaceRequest, _sf_database_v1_NetworkInterface, _sf_database_v1_GetNetworkInterfaceRequest__Output, _sf_database_v1_NetworkInterface__Output>
  ListNetworkInterfaces: MethodDefinition<_sf_database_v1_ListNetworkInterfacesRequest, _sf_database_v1_ListNetworkInterfacesResponse, _sf_database_v1_ListNetworkInterfacesRequest__Output, _sf_database_v1_ListNetworkInterfacesResponse__Output>
  TransitionNetworkInterfaceState: MethodDefinition<_sf_database_v1_TransitionNetworkInterfaceStateRequest, _sf_database_v1_NetworkInterface, _sf_database_v1_TransitionNetworkInterfaceStateRequest__Output, _sf_database_v1_NetworkInterface__Output>
  UpdateNetworkInterface: MethodDefinition<_sf_database_v1_UpdateNetworkInterfaceRequest, _sf_database_v1_NetworkInterface, _sf_database_v1_UpdateNetworkInterfaceRequest__Output, _sf_database_v1_NetworkInterface__Output>
}
