// Original file: proto/sf/database/v1/instance_view.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetInstanceViewsRequest as _sf_database_v1_GetInstanceViewsRequest, GetInstanceViewsRequest__Output as _sf_database_v1_GetInstanceViewsRequest__Output } from '../../../sf/database/v1/GetInstanceViewsRequest.js';
import type { GetInstanceViewsResponse as _sf_database_v1_GetInstanceViewsResponse, GetInstanceViewsResponse__Output as _sf_database_v1_GetInstanceViewsResponse__Output } from '../../../sf/database/v1/GetInstanceViewsResponse.js';

export interface InstanceViewServiceClient extends grpc.Client {
  GetInstanceViews(argument: _sf_database_v1_GetInstanceViewsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_GetInstanceViewsResponse__Output>): grpc.ClientUnaryCall;
  GetInstanceViews(argument: _sf_database_v1_GetInstanceViewsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_GetInstanceViewsResponse__Output>): grpc.ClientUnaryCall;
  GetInstanceViews(argument: _sf_database_v1_GetInstanceViewsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_GetInstanceViewsResponse__Output>): grpc.ClientUnaryCall;
  GetInstanceViews(argument: _sf_database_v1_GetInstanceViewsRequest, callback: grpc.requestCallback<_sf_database_v1_GetInstanceViewsResponse__Output>): grpc.ClientUnaryCall;
  getInstanceViews(argument: _sf_database_v1_GetInstanceViewsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_GetInstanceViewsResponse__Output>): grpc.ClientUnaryCall;
  getInstanceViews(argument: _sf_database_v1_GetInstanceViewsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_GetInstanceViewsResponse__Output>): grpc.ClientUnaryCall;
  getInstanceViews(argument: _sf_database_v1_GetInstanceViewsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_GetInstanceViewsResponse__Output>): grpc.ClientUnaryCall;
  getInstanceViews(argument: _sf_database_v1_GetInstanceViewsRequest, callback: grpc.requestCallback<_sf_database_v1_GetInstanceViewsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface InstanceViewServiceHandlers extends grpc.UntypedServiceImplementation {
  GetInstanceViews: grpc.handleUnaryCall<_sf_database_v1_GetInstanceViewsRequest__Output, _sf_database_v1_GetInstanceViewsResponse>;
  
}

export interface InstanceViewServiceDefinition extends grpc.ServiceDefinition {
  GetInstanceViews: MethodDefinition<_sf_database_v1_GetInstanceViewsRequest, _sf_database_v1_GetInstanceViewsResponse, _sf_database_v1_GetInstanceViewsRequest__Output, _sf_database_v1_GetInstanceViewsResponse__Output>
}
