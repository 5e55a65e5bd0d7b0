// Original file: proto/sf/database/v1/metadata.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { DeleteMetadataRequest as _sf_database_v1_DeleteMetadataRequest, DeleteMetadataRequest__Output as _sf_database_v1_DeleteMetadataRequest__Output } from '../../../sf/database/v1/DeleteMetadataRequest.js';
import type { DeleteMetadataResponse as _sf_database_v1_DeleteMetadataResponse, DeleteMetadataResponse__Output as _sf_database_v1_DeleteMetadataResponse__Output } from '../../../sf/database/v1/DeleteMetadataResponse.js';
import type { GetMetadataRequest as _sf_database_v1_GetMetadataRequest, GetMetadataRequest__Output as _sf_database_v1_GetMetadataRequest__Output } from '../../../sf/database/v1/GetMetadataRequest.js';
import type { Metadata as _sf_database_v1_Metadata, Metadata__Output as _sf_database_v1_Metadata__Output } from '../../../sf/database/v1/Metadata.js';
import type { SetMetadataRequest as _sf_database_v1_SetMetadataRequest, SetMetadataRequest__Output as _sf_database_v1_SetMetadataRequest__Output } from '../../../sf/database/v1/SetMetadataRequest.js';

export interface MetadataServiceClient extends grpc.Client {
  DeleteMetadata(argument: _sf_database_v1_DeleteMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteMetadataResponse__Output>): grpc.ClientUnaryCall;
  DeleteMetadata(argument: _sf_database_v1_DeleteMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_DeleteMetadataResponse__Output>): grpc.ClientUnaryCall;
  DeleteMetadata(argument: _sf_database_v1_DeleteMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteMetadataResponse__Output>): grpc.ClientUnaryCall;
  DeleteMetadata(argument: _sf_database_v1_DeleteMetadataRequest, callback: grpc.requestCallback<_sf_database_v1_DeleteMetadataResponse__Output>): grpc.ClientUnaryCall;
  deleteMetadata(argument: _sf_database_v1_DeleteMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteMetadataResponse__Output>): grpc.ClientUnaryCall;
  deleteMetadata(argument: _sf_database_v1_DeleteMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_DeleteMetadataResponse__Output>): grpc.ClientUnaryCall;
  deleteMetadata(argument: _sf_database_v1_DeleteMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_DeleteMetadataResponse__Output>): grpc.ClientUnaryCall;
  deleteMetadata(argument: _sf_database_v1_DeleteMetadataRequest, callback: grpc.requestCallback<_sf_database_v1_DeleteMetadataResponse__Output>): grpc.ClientUnaryCall;
  
  GetMetadata(argument: _sf_database_v1_GetMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Metadata__Output>): grpc.ClientUnaryCall;
  GetMetadata(argument: _sf_database_v1_GetMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Metadata__Output>): grpc.ClientUnaryCall;
  GetMetadata(argument: _sf_database_v1_GetMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Metadata__Output>): grpc.ClientUnaryCall;
  GetMetadata(argument: _sf_database_v1_GetMetadataRequest, callback: grpc.requestCallback<_sf_database_v1_Metadata__Output>): grpc.ClientUnaryCall;
  getMetadata(argument: _sf_database_v1_GetMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Metadata__Output>): grpc.ClientUnaryCall;
  getMetadata(argument: _sf_database_v1_GetMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Metadata__Output>): grpc.ClientUnaryCall;
  getMetadata(argument: _sf_database_v1_GetMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Metadata__Output>): grpc.ClientUnaryCall;
  getMetadata(argument: _sf_database_v1_GetMetadataRequest, callback: grpc.requestCallback<_sf_database_v1_Metadata__Output>): grpc.ClientUnaryCall;
  
  SetMetadata(argument: _sf_database_v1_SetMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Metadata__Output>): grpc.ClientUnaryCall;
  SetMetadata(argument: _sf_database_v1_SetMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Metadata__Output>): grpc.ClientUnaryCall;
  SetMetadata(argument: _sf_database_v1_SetMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Metadata__Output>): grpc.ClientUnaryCall;
  SetMetadata(argument: _sf_database_v1_SetMetadataRequest, callback: grpc.requestCallback<_sf_database_v1_Metadata__Output>): grpc.ClientUnaryCall;
  setMetadata(argument: _sf_database_v1_SetMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Metadata__Output>): grpc.ClientUnaryCall;
  setMetadata(argument: _sf_database_v1_SetMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Metadata__Output>): grpc.ClientUnaryCall;
  setMetadata(argument: _sf_database_v1_SetMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Metadata__Output>): grpc.ClientUnaryCall;
  setMetadata(argument: _sf_database_v1_SetMetadataRequest, callback: grpc.requestCallback<_sf_database_v1_Metadata__Output>): grpc.ClientUnaryCall;
  
}

export interface MetadataServiceHandlers extends grpc.UntypedServiceImplementation {
  DeleteMetadata: grpc.handleUnaryCall<_sf_database_v1_DeleteMetadataRequest__Output, _sf_database_v1_DeleteMetadataResponse>;
  
  GetMetadata: grpc.handleUnaryCall<_sf_database_v1_GetMetadataRequest__Output, _sf_database_v1_Metadata>;
  
  SetMetadata: grpc.handleUnaryCall<_sf_database_v1_SetMetadataRequest__Output, _sf_database_v1_Metadata>;
  
}

export interface MetadataServiceDefinition extends grpc.ServiceDefinition {
  DeleteMetadata: MethodDefinition<_sf_database_v1_DeleteMetadataRequest, _sf_database_v1_DeleteMetadataResponse, _sf_database_v1_DeleteMetadataRequest__Output, _sf_database_v1_DeleteMetadataResponse__Output>
  GetMetadata: MethodDefinition<_sf_database_v1_GetMetadataRequest, _sf_database_v1_Metadata, _sf_database_v1_GetMetadataRequest__Output, _sf_database_v1_Metadata__Output>
  SetMetadata: MethodDefinition<_sf_database_v1_SetMetadataRequest, _sf_database_v1_Metadata, _sf_database_v1_SetMetadataRequest__Output, _sf_database_v1_Metadata__Output>
}
