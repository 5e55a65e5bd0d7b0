// Original file: proto/sf/database/v1/instance.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateInstanceRequest as _sf_database_v1_CreateInstanceRequest, CreateInstanceRequest__Output as _sf_database_v1_CreateInstanceRequest__Output } from '../../../sf/database/v1/CreateInstanceRequest.js';
import type { DeleteInstanceRequest as _sf_database_v1_DeleteInstanceRequest, DeleteInstanceRequest__Output as _sf_database_v1_DeleteInstanceRequest__Output } from '../../../sf/database/v1/DeleteInstanceRequest.js';
import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from '../../../sf/database/v1/DeleteResponse.js';
import type { FailInstanceCreateRequest as _sf_database_v1_FailInstanceCreateRequest, FailInstanceCreateRequest__Output as _sf_database_v1_FailInstanceCreateRequest__Output } from '../../../sf/database/v1/FailInstanceCreateRequest.js';
import type { FinishUnplacedDeleteRequest as _sf_database_v1_FinishUnplacedDeleteRequest, FinishUnplacedDeleteRequest__Output as _sf_database_v1_FinishUnplacedDeleteRequest__Output } from '../../../sf/database/v1/FinishUnplacedDeleteRequest.js';
import type { GetInstanceRequest as _sf_database_v1_GetInstanceRequest, GetInstanceRequest__Output as _sf_database_v1_GetInstanceRequest__Output } from '../../../sf/database/v1/GetInstanceRequest.js';
import type { GetInstancesRequest as _sf_database_v1_GetInstancesRequest, GetInstancesRequest__Output as _sf_database_v1_GetInstancesRequest__Output } from '../../../sf/database/v1/GetInstancesRequest.js';
import type { GetInstancesResponse as _sf_database_v1_GetInstancesResponse, GetInstancesResponse__Output as _sf_database_v1_GetInstancesResponse__Output } from '../../../sf/database/v1/GetInstancesResponse.js';
import type { Instance as _sf_database_v1_Instance, Instance__Output as _sf_database_v1_Instance__Output } from '../../../sf/database/v1/Instance.js';
import type { ListInstancesRequest as _sf_database_v1_ListInstancesRequest, ListInstancesRequest__Output as _sf_database_v1_ListInstancesRequest__Output } from '../../../sf/database/v1/ListInstancesRequest.js';
import type { ListInstancesResponse as _sf_database_v1_ListInstancesResponse, ListInstancesResponse__Output as _sf_database_v1_ListInstancesResponse__Output } from '../../../sf/database/v1/ListInstancesResponse.js';
import type { TransitionInstanceStateRequest as _sf_database_v1_TransitionInstanceStateRequest, TransitionInstanceStateRequest__Output as _sf_database_v1_TransitionInstanceStateRequest__Output } from '../../../sf/database/v1/TransitionInstanceStateRequest.js';
import type { UpdateInstanceRequest as _sf_database_v1_UpdateInstanceRequest, UpdateInstanceRequest__Output as _sf_database_v1_UpdateInstanceRequest__Output } from '../../../sf/database/v1/UpdateInstanceRequest.js';

export interface InstanceServiceClient extends grpc.Client {
  CreateInstance(argument: _sf_database_v1_CreateInstanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  CreateInstance(argument: _sf_database_v1_CreateInstanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  CreateInstance(argument: _sf_database_v1_CreateInstanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  CreateInstance(argument: _sf_database_v1_CreateInstanceRequest, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  createInstance(argument: _sf_database_v1_CreateInstanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  createInstance(argument: _sf_database_v1_CreateInstanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  createInstance(argument: _sf_database_v1_CreateInstanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  createInstance(argument: _sf_database_v1_CreateInstanceRequest, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  
  DeleteInstance(argument: _sf_database_v1_DeleteInstanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteInstance(argument: _sf_database_v1_DeleteInstanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteInstance(argument: _sf_database_v1_DeleteInstanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteInstance(argument: _sf_database_v1_DeleteInstanceRequest, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteInstance(argument: _sf_database_v1_DeleteInstanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteInstance(argument: _sf_database_v1_DeleteInstanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteInstance(argument: _sf_database_v1_DeleteInstanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteInstance(argument: _sf_database_v1_DeleteInstanceRequest, callback: grpc.requestCallback<_sf_database_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  
  FailInstanceCreate(argument: _sf_database_v1_FailInstanceCreateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  FailInstanceCreate(argument: _sf_database_v1_FailInstanceCreateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  FailInstanceCreate(argument: _sf_database_v1_FailInstanceCreateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  FailInstanceCreate(argument: _sf_database_v1_FailInstanceCreateRequest, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  failInstanceCreate(argument: _sf_database_v1_FailInstanceCreateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  failInstanceCreate(argument: _sf_database_v1_FailInstanceCreateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  failInstanceCreate(argument: _sf_database_v1_FailInstanceCreateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  failInstanceCreate(argument: _sf_database_v1_FailInstanceCreateRequest, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  
  FinishUnplacedDelete(argument: _sf_database_v1_FinishUnplacedDeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  FinishUnplacedDelete(argument: _sf_database_v1_FinishUnplacedDeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  FinishUnplacedDelete(argument: _sf_database_v1_FinishUnplacedDeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  FinishUnplacedDelete(argument: _sf_database_v1_FinishUnplacedDeleteRequest, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  finishUnplacedDelete(argument: _sf_database_v1_FinishUnplacedDeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  finishUnplacedDelete(argument: _sf_database_v1_FinishUnplacedDeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  finishUnplacedDelete(argument: _sf_database_v1_FinishUnplacedDeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  finishUnplacedDelete(argument: _sf_database_v1_FinishUnplacedDeleteRequest, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  
  GetInstance(argument: _sf_database_v1_GetInstanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  GetInstance(argument: _sf_database_v1_GetInstanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  GetInstance(argument: _sf_database_v1_GetInstanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  GetInstance(argument: _sf_database_v1_GetInstanceRequest, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  getInstance(argument: _sf_database_v1_GetInstanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  getInstance(argument: _sf_database_v1_GetInstanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  getInstance(argument: _sf_database_v1_GetInstanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  getInstance(argument: _sf_database_v1_GetInstanceRequest, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  
  GetInstances(argument: _sf_database_v1_GetInstancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_GetInstancesResponse__Output>): grpc.ClientUnaryCall;
  GetInstances(argument: _sf_database_v1_GetInstancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_GetInstancesResponse__Output>): grpc.ClientUnaryCall;
  GetInstances(argument: _sf_database_v1_GetInstancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_GetInstancesResponse__Output>): grpc.ClientUnaryCall;
  GetInstances(argument: _sf_database_v1_GetInstancesRequest, callback: grpc.requestCallback<_sf_database_v1_GetInstancesResponse__Output>): grpc.ClientUnaryCall;
  getInstances(argument: _sf_database_v1_GetInstancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_GetInstancesResponse__Output>): grpc.ClientUnaryCall;
  getInstances(argument: _sf_database_v1_GetInstancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_GetInstancesResponse__Output>): grpc.ClientUnaryCall;
  getInstances(argument: _sf_database_v1_GetInstancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_GetInstancesResponse__Output>): grpc.ClientUnaryCall;
  getInstances(argument: _sf_database_v1_GetInstancesRequest, callback: grpc.requestCallback<_sf_database_v1_GetInstancesResponse__Output>): grpc.ClientUnaryCall;
  
  ListInstances(argument: _sf_database_v1_ListInstancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListInstancesResponse__Output>): grpc.ClientUnaryCall;
  ListInstances(argument: _sf_database_v1_ListInstancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListInstancesResponse__Output>): grpc.ClientUnaryCall;
  ListInstances(argument: _sf_database_v1_ListInstancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListInstancesResponse__Output>): grpc.ClientUnaryCall;
  ListInstances(argument: _sf_database_v1_ListInstancesRequest, callback: grpc.requestCallback<_sf_database_v1_ListInstancesResponse__Output>): grpc.ClientUnaryCall;
  listInstances(argument: _sf_database_v1_ListInstancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListInstancesResponse__Output>): grpc.ClientUnaryCall;
  listInstances(argument: _sf_database_v1_ListInstancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListInstancesResponse__Output>): grpc.ClientUnaryCall;
  listInstances(argument: _sf_database_v1_ListInstancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListInstancesResponse__Output>): grpc.ClientUnaryCall;
  listInstances(argument: _sf_database_v1_ListInstancesRequest, callback: grpc.requestCallback<_sf_database_v1_ListInstancesResponse__Output>): grpc.ClientUnaryCall;
  
  TransitionInstanceState(argument: _sf_database_v1_TransitionInstanceStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  TransitionInstanceState(argument: _sf_database_v1_TransitionInstanceStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  TransitionInstanceState(argument: _sf_database_v1_TransitionInstanceStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  TransitionInstanceState(argument: _sf_database_v1_TransitionInstanceStateRequest, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  transitionInstanceState(argument: _sf_database_v1_TransitionInstanceStateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  transitionInstanceState(argument: _sf_database_v1_TransitionInstanceStateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  transitionInstanceState(argument: _sf_database_v1_TransitionInstanceStateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  transitionInstanceState(argument: _sf_database_v1_TransitionInstanceStateRequest, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  
  UpdateInstance(argument: _sf_database_v1_UpdateInstanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  UpdateInstance(argument: _sf_database_v1_UpdateInstanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  UpdateInstance(argument: _sf_database_v1_UpdateInstanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  UpdateInstance(argument: _sf_database_v1_UpdateInstanceRequest, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  updateInstance(argument: _sf_database_v1_UpdateInstanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  updateInstance(argument: _sf_database_v1_UpdateInstanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  updateInstance(argument: _sf_database_v1_UpdateInstanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  updateInstance(argument: _sf_database_v1_UpdateInstanceRequest, callback: grpc.requestCallback<_sf_database_v1_Instance__Output>): grpc.ClientUnaryCall;
  
}

export interface InstanceServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateInstance: grpc.handleUnaryCall<_sf_database_v1_CreateInstanceRequest__Output, _sf_database_v1_Instance>;
  
  DeleteInstance: grpc.handleUnaryCall<_sf_database_v1_DeleteInstanceRequest__Output, _sf_database_v1_DeleteResponse>;
  
  FailInstanceCreate: grpc.handleUnaryCall<_sf_database_v1_FailInstanceCreateRequest__Output, _sf_database_v1_Instance>;
  
  FinishUnplacedDelete: grpc.handleUnaryCall<_sf_database_v1_FinishUnplacedDeleteRequest__Output, _sf_database_v1_Instance>;
  
  GetInstance: grpc.handleUnaryCall<_sf_database_v1_GetInstanceRequest__Output, _sf_database_v1_Instance>;
  
  GetInstances: grpc.handleUnaryCall<_sf_database_v1_GetInstancesRequest__Output, _sf_database_v1_GetInstancesResponse>;
  
  ListInstances: grpc.handleUnaryCall<_sf_database_v1_ListInstancesRequest__Output, _sf_database_v1_ListInstancesResponse>;
  
  TransitionInstanceState: grpc.handleUnaryCall<_sf_database_v1_TransitionInstanceStateRequest__Output, _sf_database_v1_Instance>;
  
  UpdateInstance: grpc.handleUnaryCall<_sf_database_v1_UpdateInstanceRequest__Output, _sf_database_v1_Instance>;
  
}

export interface InstanceServiceDefinition extends grpc.ServiceDefinition {
  CreateInstance: MethodDefinition<_sf_database_v1_CreateInstanceRequest, _sf_database_v1_Instance, _sf_database_v1_CreateInstanceRequest__Output, _sf_database_v1_Instance__Output>
  DeleteInstance: MethodDefinition<_sf_database_v1_DeleteInstanceRequest, _sf_database_v1_DeleteResponse, _sf_database_v1_DeleteInstanceRequest__Output, _sf_database_v1_DeleteResponse__Output>
  FailInstanceCreate: MethodDefinition<_sf_database_v1_FailInstanceCreateRequest, _sf_database_v1_Instance, _sf_database_v1_FailInstanceCreateRequest__Output, _sf_database_v1_Instance__Output>
  FinishUnplacedDelete: MethodDefinition<_sf_database_v1_FinishUnplacedDeleteRequest, _sf_database_v1_Instance, _sf_database_v1_FinishUnplacedDeleteRequest__Output, _sf_database_v1_Instance__Output>
  GetInstance: MethodDefinition<_sf_database_v1_GetInstanceRequest, _sf_database_v1_Instance, _sf_database_v1_GetInstanceRequest__Output, _sf_database_v1_Instance__Output>
  GetInstances: MethodDefinition<_sf_database_v1_GetInstancesRequest, _sf_database_v1_GetInstancesResponse, _sf_database_v1_GetInstancesRequest__Output, _sf_database_v1_GetInstancesResponse__Output>
  ListInstances: MethodDefinition<_sf_database_v1_ListInstancesRequest, _sf_database_v1_ListInstancesResponse, _sf_database_v1_ListInstancesRequest__Output, _sf_database_v1_ListInstancesResponse__Output>
  TransitionInstanceState: MethodDefinition<_sf_database_v1_TransitionInstanceStateRequest, _sf_database_v1_Instance, _sf_database_v1_TransitionInstanceStateRequest__Output, _sf_database_v1_Instance__Output>
  UpdateInstance: MethodDefinition<_sf_database_v1_UpdateInstanceRequest, _sf_database_v1_Instance, _sf_database_v1_UpdateInstanceRequest__Output, _sf_database_v1_Instance__Output>
}
