// Original file: proto/sf/database/v1/api_request.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ApiRequest as _sf_database_v1_ApiRequest, ApiRequest__Output as _sf_database_v1_ApiRequest__Output } from '../../../sf/database/v1/ApiRequest.js';
import type { GetApiRequestRequest as _sf_database_v1_GetApiRequestRequest, GetApiRequestRequest__Output as _sf_database_v1_GetApiRequestRequest__Output } from '../../../sf/database/v1/GetApiRequestRequest.js';
import type { PutApiRequestRequest as _sf_database_v1_PutApiRequestRequest, PutApiRequestRequest__Output as _sf_database_v1_PutApiRequestRequest__Output } from '../../../sf/database/v1/PutApiRequestRequest.js';

export interface ApiRequestServiceClient extends grpc.Client {
  GetApiRequest(argument: _sf_database_v1_GetApiRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ApiRequest__Output>): grpc.ClientUnaryCall;
  GetApiRequest(argument: _sf_database_v1_GetApiRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ApiRequest__Output>): grpc.ClientUnaryCall;
  GetApiRequest(argument: _sf_database_v1_GetApiRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ApiRequest__Output>): grpc.ClientUnaryCall;
  GetApiRequest(argument: _sf_database_v1_GetApiRequestRequest, callback: grpc.requestCallback<_sf_database_v1_ApiRequest__Output>): grpc.ClientUnaryCall;
  getApiRequest(argument: _sf_database_v1_GetApiRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ApiRequest__Output>): grpc.ClientUnaryCall;
  getApiRequest(argument: _sf_database_v1_GetApiRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ApiRequest__Output>): grpc.ClientUnaryCall;
  getApiRequest(argument: _sf_database_v1_GetApiRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ApiRequest__Output>): grpc.ClientUnaryCall;
  getApiRequest(argument: _sf_database_v1_GetApiRequestRequest, callback: grpc.requestCallback<_sf_database_v1_ApiRequest__Output>): grpc.ClientUnaryCall;
  
  PutApiRequest(argument: _sf_database_v1_PutApiRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ApiRequest__Output>): grpc.ClientUnaryCall;
  PutApiRequest(argument: _sf_database_v1_PutApiRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ApiRequest__Output>): grpc.ClientUnaryCall;
  PutApiRequest(argument: _sf_database_v1_PutApiRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ApiRequest__Output>): grpc.ClientUnaryCall;
  PutApiRequest(argument: _sf_database_v1_PutApiRequestRequest, callback: grpc.requestCallback<_sf_database_v1_ApiRequest__Output>): grpc.ClientUnaryCall;
  putApiRequest(argument: _sf_database_v1_PutApiRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ApiRequest__Output>): grpc.ClientUnaryCall;
  putApiRequest(argument: _sf_database_v1_PutApiRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ApiRequest__Output>): grpc.ClientUnaryCall;
  putApiRequest(argument: _sf_database_v1_PutApiRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ApiRequest__Output>): grpc.ClientUnaryCall;
  putApiRequest(argument: _sf_database_v1_PutApiRequestRequest, callback: grpc.requestCallback<_sf_database_v1_ApiRequest__Output>): grpc.ClientUnaryCall;
  
}

export interface ApiRequestServiceHandlers extends grpc.UntypedServiceImplementation {
  GetApiRequest: grpc.handleUnaryCall<_sf_database_v1_GetApiRequestRequest__Output, _sf_database_v1_ApiRequest>;
  
  PutApiRequest: grpc.handleUnaryCall<_sf_database_v1_PutApiRequestRequest__Output, _sf_database_v1_ApiRequest>;
  
}

export interface ApiRequestServiceDefinition extends grpc.ServiceDefinition {
  GetApiRequest: MethodDefinition<_sf_database_v1_GetApiRequestRequest, _sf_database_v1_ApiRequest, _sf_database_v1_GetApiRequestRequest__Output, _sf_database_v1_ApiRequest__Output>
  PutApiRequest: MethodDefinition<_sf_database_v1_PutApiRequestRequest, _sf_database_v1_ApiRequest, _sf_database_v1_PutApiRequestRequest__Output, _sf_database_v1_ApiRequest__Output>
}
