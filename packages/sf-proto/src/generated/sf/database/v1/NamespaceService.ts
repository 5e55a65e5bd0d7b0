// Original file: proto/sf/database/v1/namespace.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateNamespaceRequest as _sf_database_v1_CreateNamespaceRequest, CreateNamespaceRequest__Output as _sf_database_v1_CreateNamespaceRequest__Output } from '../../../sf/database/v1/CreateNamespaceRequest.js';
import type { DeleteNamespaceKeyResponse as _sf_database_v1_DeleteNamespaceKeyResponse, DeleteNamespaceKeyResponse__Output as _sf_database_v1_DeleteNamespaceKeyResponse__Output } from '../../../sf/database/v1/DeleteNamespaceKeyResponse.js';
import type { DeleteNamespaceRequest as _sf_database_v1_DeleteNamespaceRequest, DeleteNamespaceRequest__Output as _sf_database_v1_DeleteNamespaceRequest__Output } from '../../../sf/database/v1/DeleteNamespaceRequest.js';
import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from '../../../sf/database/v1/DeleteResponse.js';
import type { GetNamespaceRequest as _sf_database_v1_GetNamespaceRequest, GetNamespaceRequest__Output as _sf_database_v1_GetNamespaceRequest__Output } from '../../../sf/database/v1/GetNamespaceRequest.js';
import type { ListNamespaceKeysRequest as _sf_database_v1_ListNamespaceKeysRequest, ListNamespaceKeysRequest__Output as _sf_database_v1_ListNamespaceKeysRequest__Output } from '../../../sf/database/v1/ListNamespaceKeysRequest.js';
import type { ListNamespaceKeysResponse as _sf_database_v1_ListNamespaceKeysResponse, ListNamespaceKeysResponse__Output as _sf_database_v1_ListNamespaceKeysResponse__Output } from '../../../sf/database/v1/ListNamespaceKeysResponse.js';
import type { ListNamespaceTrustsRequest as _sf_database_v1_ListNamespaceTrustsRequest, ListNamespaceTrustsRequest__Output as _sf_database_v1_ListNamespaceTrustsRequest__Output } from '../../../sf/database/v1/ListNamespaceTrustsRequest.js';
import type { ListNamespaceTrustsResponse as _sf_database_v1_ListNamespaceTrustsResponse, ListNamespaceTrustsResponse__Output as _sf_database_v1_ListNamespaceTrustsResponse__Output } from '../../../sf/database/v1/ListNamespaceTrustsResponse.js';
import type { ListNamespacesRequest as _sf_database_v1_ListNamespacesRequest, ListNamespacesRequest__Output as _sf_database_v1_ListNamespacesRequest__Output } from '../../../sf/database/v1/ListNamespacesRequest.js';
import type { ListNamespacesResponse as _sf_database_v1_ListNamespacesResponse, ListNamespacesResponse__Output as _sf_database_v1_ListNamespacesResponse__Output } from '../../../sf/database/v1/ListNamespacesResponse.js';
import type { Namespace as _sf_database_v1_Namespace, Namespace__Output as _sf_database_v1_Namespace__Output } from '../../../sf/database/v1/Namespace.js';
import type { NamespaceKey as _sf_database_v1_NamespaceKey, NamespaceKey__Output as _sf_database_v1_NamespaceKey__Output } from '../../../sf/database/v1/NamespaceKey.js';
import type { NamespaceKeyRequest as _sf_database_v1_NamespaceKeyRequest, NamespaceKeyRequest__Output as _sf_database_v1_NamespaceKeyRequest__Output } from '../../../sf/database/v1/NamespaceKeyRequest.js';
import type { NamespaceTrustRequest as _sf_database_v1_NamespaceTrustRequest, NamespaceTrustRequest__Output as _sf_database_v1_NamespaceTrustRequest__Output } from '../../../sf/database/v1/NamespaceTrustRequest.js';
import type { RetireNamespaceRequest as _sf_database_v1_RetireNamespaceRequest, RetireNamespaceRequest__Output as _sf_database_v1_RetireNamespaceRequest__Output } from '../../../sf/database/v1/RetireNamespaceRequest.js';
import type { SetNamespaceKeyRequest as _sf_database_v1_SetNamespaceKeyRequest, SetNamespaceKeyRequest__Output as _sf_database_v1_SetNamespaceKeyRequest__Output } from '../../../sf/database/v1/SetNamespaceKeyRequest.js';
import type { TransitionNamespaceStateRequest as _sf_database_v1_TransitionNamespaceStateRequest, TransitionNamespaceStateRequest__Output as _sf_database_v1_TransitionNamespaceStateRequest__Output } from '../../../sf/database/v1/TransitionNamespaceStateRequest.js';

export interface NamespaceServiceClient extends grpc.Client {
  AddNamespaceTrust(argument: _sf_database_v1_NamespaceTrustRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  AddNamespaceTrust(argument: _sf_database_v1_NamespaceTrustRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  AddNamespaceTrust(argument: _sf_database_v1_NamespaceTrustRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  AddNamespaceTrust(argument: _sf_database_v1_NamespaceTrustRequest, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  addNamespaceTrust(argument: _sf_database_v1_NamespaceTrustRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  addNamespaceTrust(argument: _sf_database_v1_NamespaceTrustRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  addNamespaceTrust(argument: _sf_database_v1_NamespaceTrustRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  addNamespaceTrust(argument: _sf_database_v1_NamespaceTrustRequest, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  DeleteNamespaceKey(argument: _sf_database_v1_NamespaceKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteNamespaceKeyResponse__Output>): grpc.ClientUnaryCall;
  DeleteNamespaceKey(argument: _sf_database_v1_NamespaceKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_DeleteNamespaceKeyResponse__Output>): grpc.ClientUnaryCall;
  DeleteNamespaceKey(argument: _sf_database_v1_NamespaceKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteNamespaceKeyResponse__Output>): grpc.ClientUnaryCall;
  DeleteNamespaceKey(argument: _sf_database_v1_NamespaceKeyRequest, callback: grpc.requestCallback<_sf_database_v1_DeleteNamespaceKeyResponse__Output>): grpc.ClientUnaryCall;
  deleteNamespaceKey(argument: _sf_database_v1_NamespaceKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteNamespaceKeyResponse__Output>): grpc.ClientUnaryCall;
  deleteNamespaceKey(argument: _sf_database_v1_NamespaceKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_DeleteNamespaceKeyResponse__Output>): grpc.ClientUnaryCall;
  deleteNamespaceKey(argument: _sf_database_v1_NamespaceKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteNamespaceKeyResponse__Output>): grpc.ClientUnaryCall;
  deleteNamespaceKey(argument: _sf_database_v1_NamespaceKeyRequest, callback: grpc.requestCallback<_sf_database_v1_DeleteNamespaceKeyResponse__Output>): grpc.ClientUnaryCall;
  
  GetNamespace(argument: _sf_database_v1_GetNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  GetNamespace(argument: _sf_database_v1_GetNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  GetNamespace(argument: _sf_database_v1_GetNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  GetNamespace(argument: _sf_database_v1_GetNamespaceRequest, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  getNamespace(argument: _sf_database_v1_GetNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  getNamespace(argument: _sf_database_v1_GetNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  getNamespace(argument: _sf_database_v1_GetNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  getNamespace(argument: _sf_database_v1_GetNamespaceRequest, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  
  GetNamespaceKey(argument: _sf_database_v1_NamespaceKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NamespaceKey__Output>): grpc.ClientUnaryCall;
  GetNamespaceKey(argument: _sf_database_v1_NamespaceKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_NamespaceKey__Output>): grpc.ClientUnaryCall;
  GetNamespaceKey(argument: _sf_database_v1_NamespaceKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NamespaceKey__Output>): grpc.ClientUnaryCall;
  GetNamespaceKey(argument: _sf_database_v1_NamespaceKeyRequest, callback: grpc.requestCallback<_sf_database_v1_NamespaceKey__Output>): grpc.ClientUnaryCall;
  getNamespaceKey(argument: _sf_database_v1_NamespaceKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NamespaceKey__Output>): grpc.ClientUnaryCall;
  getNamespaceKey(argument: _sf_database_v1_NamespaceKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_NamespaceKey__Output>): grpc.ClientUnaryCall;
  getNamespaceKey(argument: _sf_database_v1_NamespaceKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NamespaceKey__Output>): grpc.ClientUnaryCall;
  getNamespaceKey(argument: _sf_database_v1_NamespaceKeyRequest, callback: grpc.requestCallback<_sf_database_v1_NamespaceKey__Output>): grpc.ClientUnaryCall;
  
  ListNamespaceKeys(argument: _sf_database_v1_ListNamespaceKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceKeysResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaceKeys(argument: _sf_database_v1_ListNamespaceKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceKeysResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaceKeys(argument: _sf_database_v1_ListNamespaceKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceKeysResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaceKeys(argument: _sf_database_v1_ListNamespaceKeysRequest, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceKeysResponse__Output>): grpc.ClientUnaryCall;
  listNamespaceKeys(argument: _sf_database_v1_ListNamespaceKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceKeysResponse__Output>): grpc.ClientUnaryCall;
  listNamespaceKeys(argument: _sf_database_v1_ListNamespaceKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceKeysResponse__Output>): grpc.ClientUnaryCall;
  listNamespaceKeys(argument: _sf_database_v1_ListNamespaceKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceKeysResponse__Output>): grpc.ClientUnaryCall;
  listNamespaceKeys(argument: _sf_database_v1_ListNamespaceKeysRequest, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceKeysResponse__Output>): grpc.ClientUnaryCall;
  
  ListNamespaceTrusts(argument: _sf_database_v1_ListNamespaceTrustsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaceTrusts(argument: _sf_database_v1_ListNamespaceTrustsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaceTrusts(argument: _sf_database_v1_ListNamespaceTrustsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaceTrusts(argument: _sf_database_v1_ListNamespaceTrustsRequest, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  listNamespaceTrusts(argument: _sf_database_v1_ListNamespaceTrustsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  listNamespaceTrusts(argument: _sf_database_v1_ListNamespaceTrustsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  listNamespaceTrusts(argument: _sf_database_v1_ListNamespaceTrustsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  listNamespaceTrusts(argument: _sf_database_v1_ListNamespaceTrustsRequest, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  
  ListNamespaces(argument: _sf_database_v1_ListNamespacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaces(argument: _sf_database_v1_ListNamespacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaces(argument: _sf_database_v1_ListNamespacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaces(argument: _sf_database_v1_ListNamespacesRequest, callback: grpc.requestCallback<_sf_database_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _sf_database_v1_ListNamespacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _sf_database_v1_ListNamespacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _sf_database_v1_ListNamespacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _sf_database_v1_ListNamespacesRequest, callback: grpc.requestCallback<_sf_database_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  
  RemoveNamespaceTrust(argument: _sf_database_v1_NamespaceTrustRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  RemoveNamespaceTrust(argument: _sf_database_v1_NamespaceTrustRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  RemoveNamespaceTrust(argument: _sf_database_v1_NamespaceTrustRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  RemoveNamespaceTrust(argument: _sf_database_v1_NamespaceTrustRequest, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  removeNamespaceTrust(argument: _sf_database_v1_NamespaceTrustRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  removeNamespaceTrust(argument: _sf_database_v1_NamespaceTrustRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  removeNamespaceTrust(argument: _sf_database_v1_NamespaceTrustRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  removeNamespaceTrust(argument: _sf_database_v1_NamespaceTrustRequest, callback: grpc.requestCallback<_sf_database_v1_ListNamespaceTrustsResponse__Output>): grpc.ClientUnaryCall;
  
  RetireNamespace(argument: _sf_database_v1_RetireNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  RetireNamespace(argument: _sf_database_v1_RetireNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  RetireNamespace(argument: _sf_database_v1_RetireNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  RetireNamespace(argument: _sf_database_v1_RetireNamespaceRequest, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  retireNamespace(argument: _sf_database_v1_RetireNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  retireNamespace(argument: _sf_database_v1_RetireNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  retireNamespace(argument: _sf_database_v1_RetireNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  retireNamespace(argument: _sf_database_v1_RetireNamespaceRequest, callback: grpc.requestCallback<_sf_database_v1_Namespace__Output>): grpc.ClientUnaryCall;
  
  SetNamespaceKey(argument: _sf_database_v1_SetNamespaceKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NamespaceKey__Output>): grpc.ClientUnaryCall;
  SetNamespaceKey(argument: _sf_database_v1_SetNamespaceKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_NamespaceKey__Output>): grpc.ClientUnaryCall;
  SetNamespaceKey(argument: _sf_database_v1_SetNamespaceKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NamespaceKey__Output>): grpc.ClientUnaryCall;
  SetNamespaceKey(argument: _sf_database_v1_SetNamespaceKeyRequest, callback: grpc.requestCallback<_sf_database_v1_NamespaceKey__Output>): grpc.ClientUnaryCall;
  setNamespaceKey(argument: _sf_database_v1_SetNamespaceKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NamespaceKey__Output>): grpc.ClientUnaryCall;
  setNamespaceKey(argument: _sf_database_v1_SetNamespaceKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_NamespaceKey__Output>): grpc.ClientUnaryCall;
  setNamespaceKey(argument: _sf_database_v1_SetNamespaceKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_NamespaceKey__Output>): grpc.ClientUnaryCall;
  setNamespaceKey(argument: _sf_database_v1_SetNamespaceKeyRequest, callback: grpc.requestCallback<_sf_database_v1_NamespaceKey__Output>): grpc.ClientUnaryCall;
  
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
  AddNamespaceTrust: grpc.handleUnaryCall<_sf_database_v1_NamespaceTrustRequest__Output, _sf_database_v1_ListNamespaceTrustsResponse>;
  
  CreateNamespace: grpc.handleUnaryCall<_sf_database_v1_CreateNamespaceRequest__Output, _sf_database_v1_Namespace>;
  
  DeleteNamespace: grpc.handleUnaryCall<_sf_database_v1_DeleteNamespaceRequest__Output, _sf_database_v1_DeleteResponse>;
  
  DeleteNamespaceKey: grpc.handleUnaryCall<_sf_database_v1_NamespaceKeyRequest__Output, _sf_database_v1_DeleteNamespaceKeyResponse>;
  
  GetNamespace: grpc.handleUnaryCall<_sf_database_v1_GetNamespaceRequest__Output, _sf_database_v1_Namespace>;
  
  GetNamespaceKey: grpc.handleUnaryCall<_sf_database_v1_NamespaceKeyRequest__Output, _sf_database_v1_NamespaceKey>;
  
  ListNamespaceKeys: grpc.handleUnaryCall<_sf_database_v1_ListNamespaceKeysRequest__Output, _sf_database_v1_ListNamespaceKeysResponse>;
  
  ListNamespaceTrusts: grpc.handleUnaryCall<_sf_database_v1_ListNamespaceTrustsRequest__Output, _sf_database_v1_ListNamespaceTrustsResponse>;
  
  ListNamespaces: grpc.handleUnaryCall<_sf_database_v1_ListNamespacesRequest__Output, _sf_database_v1_ListNamespacesResponse>;
  
  RemoveNamespaceTrust: grpc.handleUnaryCall<_sf_database_v1_NamespaceTrustRequest__Output, _sf_database_v1_ListNamespaceTrustsResponse>;
  
  RetireNamespace: grpc.handleUnaryCall<_sf_database_v1_RetireNamespaceRequest__Output, _sf_database_v1_Namespace>;
  
  SetNamespaceKey: grpc.handleUnaryCall<_sf_database_v1_SetNamespaceKeyRequest__Output, _sf_database_v1_NamespaceKey>;
  
  TransitionNamespaceState: grpc.handleUnaryCall<_sf_database_v1_TransitionNamespaceStateRequest__Output, _sf_database_v1_Namespace>;
  
}

export interface NamespaceServiceDefinition extends grpc.ServiceDefinition {
  AddNamespaceTrust: MethodDefinition<_sf_database_v1_NamespaceTrustRequest, _sf_database_v1_ListNamespaceTrustsResponse, _sf_database_v1_NamespaceTrustRequest__Output, _sf_database_v1_ListNamespaceTrustsResponse__Output>
  CreateNamespace: MethodDefinition<_sf_database_v1_CreateNamespaceRequest, _sf_database_v1_Namespace, _sf_database_v1_CreateNamespaceRequest__Output, _sf_database_v1_Namespace__Output>
  DeleteNamespace: MethodDefinition<_sf_database_v1_DeleteNamespaceRequest, _sf_database_v1_DeleteResponse, _sf_database_v1_DeleteNamespaceRequest__Output, _sf_database_v1_DeleteResponse__Output>
  DeleteNamespaceKey: MethodDefinition<_sf_database_v1_NamespaceKeyRequest, _sf_database_v1_DeleteNamespaceKeyResponse, _sf_database_v1_NamespaceKeyRequest__Output, _sf_database_v1_DeleteNamespaceKeyResponse__Output>
  GetNamespace: MethodDefinition<_sf_database_v1_GetNamespaceRequest, _sf_database_v1_Namespace, _sf_database_v1_GetNamespaceRequest__Output, _sf_database_v1_Namespace__Output>
  GetNamespaceKey: MethodDefinition<_sf_database_v1_NamespaceKeyRequest, _sf_database_v1_NamespaceKey, _sf_database_v1_NamespaceKeyRequest__Output, _sf_database_v1_NamespaceKey__Output>
  ListNamespaceKeys: MethodDefinition<_sf_database_v1_ListNamespaceKeysRequest, _sf_database_v1_ListNamespaceKeysResponse, _sf_database_v1_ListNamespaceKeysRequest__Output, _sf_database_v1_ListNamespaceKeysResponse__Output>
  ListNamespaceTrusts: MethodDefinition<_sf_database_v1_ListNamespaceTrustsRequest, _sf_database_v1_ListNamespaceTrustsResponse, _sf_database_v1_ListNamespaceTrustsRequest__Output, _sf_database_v1_ListNamespaceTrustsResponse__Output>
  ListNamespaces: MethodDefinition<_sf_database_v1_ListNamespacesRequest, _sf_database_v1_ListNamespacesResponse, _sf_database_v1_ListNamespacesRequest__Output, _sf_database_v1_ListNamespacesResponse__Output>
  RemoveNamespaceTrust: MethodDefinition<_sf_database_v1_NamespaceTrustRequest, _sf_database_v1_ListNamespaceTrustsResponse, _sf_database_v1_NamespaceTrustRequest__Output, _sf_database_v1_ListNamespaceTrustsResponse__Output>
  RetireNamespace: MethodDefinition<_sf_database_v1_RetireNamespaceRequest, _sf_database_v1_Namespace, _sf_database_v1_RetireNamespaceRequest__Output, _sf_database_v1_Namespace__Output>
  SetNamespaceKey: MethodDefinition<_sf_database_v1_SetNamespaceKeyRequest, _sf_database_v1_NamespaceKey, _sf_database_v1_SetNamespaceKeyRequest__Output, _sf_database_v1_NamespaceKey__Output>
  TransitionNamespaceState: MethodDefinition<_sf_database_v1_TransitionNamespaceStateRequest, _sf_database_v1_Namespace, _sf_database_v1_TransitionNamespaceStateRequest__Output, _sf_database_v1_Namespace__Output>
}
