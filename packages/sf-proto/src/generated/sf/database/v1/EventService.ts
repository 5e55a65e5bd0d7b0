// Original file: proto/sf/database/v1/event.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetObjectEventsRequest as _sf_database_v1_GetObjectEventsRequest, GetObjectEventsRequest__Output as _sf_database_v1_GetObjectEventsRequest__Output } from '../../../sf/database/v1/GetObjectEventsRequest.js';
import type { GetObjectEventsResponse as _sf_database_v1_GetObjectEventsResponse, GetObjectEventsResponse__Output as _sf_database_v1_GetObjectEventsResponse__Output } from '../../../sf/database/v1/GetObjectEventsResponse.js';
import type { PruneEventsRequest as _sf_database_v1_PruneEventsRequest, PruneEventsRequest__Output as _sf_database_v1_PruneEventsRequest__Output } from '../../../sf/database/v1/PruneEventsRequest.js';
import type { PruneEventsResponse as _sf_database_v1_PruneEventsResponse, PruneEventsResponse__Output as _sf_database_v1_PruneEventsResponse__Output } from '../../../sf/database/v1/PruneEventsResponse.js';
import type { RecordEventsRequest as _sf_database_v1_RecordEventsRequest, RecordEventsRequest__Output as _sf_database_v1_RecordEventsRequest__Output } from '../../../sf/database/v1/RecordEventsRequest.js';
import type { RecordEventsResponse as _sf_database_v1_RecordEventsResponse, RecordEventsResponse__Output as _sf_database_v1_RecordEventsResponse__Output } from '../../../sf/database/v1/RecordEventsResponse.js';

export interface EventServiceClient extends grpc.Client {
  GetObjectEvents(argument: _sf_database_v1_GetObjectEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_GetObjectEventsResponse__Output>): grpc.ClientUnaryCall;
  GetObjectEvents(argument: _sf_database_v1_GetObjectEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_GetObjectEventsResponse__Output>): grpc.ClientUnaryCall;
  GetObjectEvents(argument: _sf_database_v1_GetObjectEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_GetObjectEventsResponse__Output>): grpc.ClientUnaryCall;
  GetObjectEvents(argument: _sf_database_v1_GetObjectEventsRequest, callback: grpc.requestCallback<_sf_database_v1_GetObjectEventsResponse__Output>): grpc.ClientUnaryCall;
  getObjectEvents(argument: _sf_database_v1_GetObjectEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_GetObjectEventsResponse__Output>): grpc.ClientUnaryCall;
  getObjectEvents(argument: _sf_database_v1_GetObjectEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_GetObjectEventsResponse__Output>): grpc.ClientUnaryCall;
  getObjectEvents(argument: _sf_database_v1_GetObjectEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_GetObjectEventsResponse__Output>): grpc.ClientUnaryCall;
  getObjectEvents(argument: _sf_database_v1_GetObjectEventsRequest, callback: grpc.requestCallback<_sf_database_v1_GetObjectEventsResponse__Output>): grpc.ClientUnaryCall;
  
  PruneEvents(argument: _sf_database_v1_PruneEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_PruneEventsResponse__Output>): grpc.ClientUnaryCall;
  PruneEvents(argument: _sf_database_v1_PruneEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_PruneEventsResponse__Output>): grpc.ClientUnaryCall;
  PruneEvents(argument: _sf_database_v1_PruneEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_PruneEventsResponse__Output>): grpc.ClientUnaryCall;
  PruneEvents(argument: _sf_database_v1_PruneEventsRequest, callback: grpc.requestCallback<_sf_database_v1_PruneEventsResponse__Output>): grpc.ClientUnaryCall;
  pruneEvents(argument: _sf_database_v1_PruneEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_PruneEventsResponse__Output>): grpc.ClientUnaryCall;
  pruneEvents(argument: _sf_database_v1_PruneEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_PruneEventsResponse__Output>): grpc.ClientUnaryCall;
  pruneEvents(argument: _sf_database_v1_PruneEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_PruneEventsResponse__Output>): grpc.ClientUnaryCall;
  pruneEvents(argument: _sf_database_v1_PruneEventsRequest, callback: grpc.requestCallback<_sf_database_v1_PruneEventsResponse__Output>): grpc.ClientUnaryCall;
  
  RecordEvents(argument: _sf_database_v1_RecordEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_RecordEventsResponse__Output>): grpc.ClientUnaryCall;
  RecordEvents(argument: _sf_database_v1_RecordEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_RecordEventsResponse__Output>): grpc.ClientUnaryCall;
  RecordEvents(argument: _sf_database_v1_RecordEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_RecordEventsResponse__Output>): grpc.ClientUnaryCall;
  RecordEvents(argument: _sf_database_v1_RecordEventsRequest, callback: grpc.requestCallback<_sf_database_v1_RecordEventsResponse__Output>): grpc.ClientUnaryCall;
  recordEvents(argument: _sf_database_v1_RecordEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_RecordEventsResponse__Output>): grpc.ClientUnaryCall;
  recordEvents(argument: _sf_database_v1_RecordEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_RecordEventsResponse__Output>): grpc.ClientUnaryCall;
  recordEvents(argument: _sf_database_v1_RecordEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_RecordEventsResponse__Output>): grpc.ClientUnaryCall;
  recordEvents(argument: _sf_database_v1_RecordEventsRequest, callback: grpc.requestCallback<_sf_database_v1_RecordEventsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface EventServiceHandlers extends grpc.UntypedServiceImplementation {
  GetObjectEvents: grpc.handleUnaryCall<_sf_database_v1_GetObjectEventsRequest__Output, _sf_database_v1_GetObjectEventsResponse>;
  
  PruneEvents: grpc.handleUnaryCall<_sf_database_v1_PruneEventsRequest__Output, _sf_database_v1_PruneEventsResponse>;
  
  RecordEvents: grpc.handleUnaryCall<_sf_database_v1_RecordEventsRequest__Output, _sf_database_v1_RecordEventsResponse>;
  
}

export interface EventServiceDefinition extends grpc.ServiceDefinition {
  GetObjectEvents: MethodDefinition<_sf_database_v1_GetObjectEventsRequest, _sf_database_v1_GetObjectEventsResponse, _sf_database_v1_GetObjectEventsRequest__Output, _sf_database_v1_GetObjectEventsResponse__Output>
  PruneEvents: MethodDefinition<_sf_database_v1_PruneEventsRequest, _sf_database_v1_PruneEventsResponse, _sf_database_v1_PruneEventsRequest__Output, _sf_database_v1_PruneEventsResponse__Output>
  RecordEvents: MethodDefinition<_sf_database_v1_RecordEventsRequest, _sf_database_v1_RecordEventsResponse, _sf_database_v1_RecordEventsRequest__Output, _sf_database_v1_RecordEventsResponse__Output>
}
