// Original file: proto/sf/database/v1/namespace.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateNamespaceRequest as _sf_database_v1_CreateNamespaceRequest, CreateNamespaceRequest__Output as _sf_database_v1_CreateNamespaceRequest__Output } from '../../../sf/database/v1/CreateNamespaceRequest.js';
import type { DeleteNamespaceRequest as _sf_database_v1_DeleteNamespaceRequest, DeleteNamespaceRequest__Output as _sf_database_v1_DeleteNamespaceRequest__Output } from '../../../sf/database/v1/DeleteNamespaceRequest.js';
import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from '../../../sf/database/v1/DeleteResponse.js';
import type { GetNamespaceRequest as _sf_database_v1_GetNamespaceRequest, GetNamespaceRequest__Output as _sf_database_v1_GetNamespaceRequest__Output } from '../../../sf/database/v1/GetNamespaceRequest.js';
import type { ListNamespacesRequest as _sf_database_v1_ListNamespacesRequest, ListNamespacesRequest__Output as _sf_database_v1_ListNamespacesRequest__Output } from '../../../sf/database/v1/ListNamespacesRequest.js';
import type { ListNamespacesResponse as _sf_database_v1_ListNamespacesResponse, ListNamespacesResponse__Output as _sf_database_v1_ListNamespacesResponse__Output } from '../../../sf/database/v1/ListNamespacesResponse.js';
import type { Namespace as _sf_database_v1_Namespace, Namespace__Output as _sf_database_v1_Namespace__Output } from '../../../sf/database/v1/Namespace.js';
import type { TransitionNamespaceStateRequest as _sf_database_v1_TransitionNamespaceStateRequest, TransitionNamespaceStateRequest__Output as _sf_database_v1_TransitionNamespaceStateRequest__Output } from '../../../sf/database/v1/TransitionNamespaceStateRequest.js';

export interface NamespaceServiceClient extends grpc.Client {
  CreateNamespace(argument: _sf_database_v1_CreateNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  CreateNamespace(argument: _sf_database_v1_CreateNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  CreateNamespace(argument: _sf_database_v1_CreateNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  CreateNamespace(argument: _sf_database_v1_CreateNamespaceRequest, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  createNamespace(argument: _sf_database_v1_CreateNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  createNamespace(argument: _sf_database_v1_CreateNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  createNamespace(argument: _sf_database_v1_CreateNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  createNamespace(argument: _sf_database_v1_CreateNamespaceRequest, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  
  DeleteNamespace(argument: _sf_database_v1_DeleteNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteNamespace(argument: _sf_database_v1_DeleteNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteNamespace(argument: _sf_database_v1_DeleteNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteNamespace(argument: _sf_database_v1_DeleteNamespaceRequest, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteNamespace(argument: _sf_database_v1_DeleteNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteNamespace(argument: _sf_database_v1_DeleteNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteNamespace(argument: _sf_database_v1_DeleteNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteNamespace(argument: _sf_database_v1_DeleteNamespaceRequest, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  
  GetNamespace(argument: _sf_database_v1_GetNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  GetNamespace(argument: _sf_database_v1_GetNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  GetNamespace(argument: _sf_database_v1_GetNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  GetNamespace(argument: _sf_database_v1_GetNamespaceRequest, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  getNamespace(argument: _sf_database_v1_GetNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  getNamespace(argument: _sf_database_v1_GetNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  getNamespace(argument: _sf_database_v1_GetNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  getNamespace(argument: _sf_database_v1_GetNamespaceRequest, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  
  ListNamespaces(argument: _sf_database_v1_ListNamespacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaces(argument: _sf_database_v1_ListNamespacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaces(argument: _sf_database_v1_ListNamespacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaces(argument: _sf_database_v1_ListNamespacesRequest, callback: grpc.requestCallback<_sf_database_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _sf_database_v1_ListNamespacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _sf_database_v1_ListNamespacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _sf_database_v1_ListNamespacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _sf_database_v1_ListNamespacesRequest, callback: grpc.requestCallback<_sf_database_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  
  TransitionNamespaceState(argument: _sf_database_v1_TransitionNamespaceStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  TransitionNamespaceState(argument: _sf_database_v1_TransitionNamespaceStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  TransitionNamespaceState(argument: _sf_database_v1_TransitionNamespaceStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  TransitionNamespaceState(argument: _sf_database_v1_TransitionNamespaceStateRequest, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  transitionNamespaceState(argument: _sf_database_v1_TransitionNamespaceStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  transitionNamespaceState(argument: _sf_database_v1_TransitionNamespaceStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  transitionNamespaceState(argument: _sf_database_v1_TransitionNamespaceStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  transitionNamespaceState(argument: _sf_database_v1_TransitionNamespaceStateRequest, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  
}

export interface NamespaceServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateNamespace: grpc.handleUnaryCall<_sf_database_v1_CreateNamespaceRequest__Output, _sf_database_v1_Namespace>;
  
  DeleteNamespace: grpc.handleUnaryCall<_sf_database_v1_DeleteNamespaceRequest__Output, _sf_database_v1_DeleteResponse>;
  
  GetNamespace: grpc.handleUnaryCall<_sf_database_v1_GetNamespaceRequest__Output, _sf_database_v1_Namespace>;
  
  ListNamespaces: grpc.handleUnaryCall<_sf_database_v1_ListNamespacesRequest__Output, _sf_database_v1_ListNamespacesResponse>;
  
  TransitionNamespaceState: grpc.handleUnaryCall<_sf_database_v1_TransitionNamespaceStateRequest__Output, _sf_database_v1_Namespace>;
  
}

export interface NamespaceServiceDefinition extends grpc.ServiceDefinition {
  CreateNamespace: MethodDefinition<_sf_database_v1_CreateNamespaceRequest, _sf_database_v1_Namespace, _sf_database_v1_CreateNamespaceRequest__Output, _sf_database_v1_Namespace__Output>
  DeleteNamespace: MethodDefinition<_sf_database_v1_DeleteNamespaceRequest, _sf_database_v1_DeleteResponse, _sf_database_v1_DeleteNamespaceRequest__Output, _sf_database_v1_DeleteResponse__Output>
  GetNamespace: MethodDefinition<_sf_database_v1_GetNamespaceRequest, _sf_database_v1_Namespace, _sf_database_v1_GetNamespaceRequest__Output, _sf_database_v1_Namespace__Output>
  ListNamespaces: MethodDefinition<_sf_database_v1_ListNamespacesRequest, _sf_database_v1_ListNamespacesResponse, _sf_database_v1_ListNamespacesRequest__Output, _sf_database_v1_ListNamespacesResponse__Output>
  TransitionNamespaceState: MethodDefinition<_sf_database_v1_TransitionNamespaceStateRequest, _sf_database_v1_Namespace, _sf_database_v1_TransitionNamespaceStateRequest__Output, _sf_database_v1_Namespace__Output>
}
