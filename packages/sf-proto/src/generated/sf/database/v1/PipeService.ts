// Original file: proto/sf/database/v1/pipe.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { PipeCall as _sf_database_v1_PipeCall, PipeCall__Output as _sf_database_v1_PipeCall__Output } from '../../../sf/database/v1/PipeCall.js';
import type { PipeReply as _sf_database_v1_PipeReply, PipeReply__Output as _sf_database_v1_PipeReply__Output } from '../../../sf/database/v1/PipeReply.js';

export interface PipeServiceClient extends grpc.Client {
  Pipe(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_sf_database_v1_PipeCall, _sf_database_v1_PipeReply__Output>;
  Pipe(options?: grpc.CallOptions): grpc.ClientDuplexStream<_sf_database_v1_PipeCall, _sf_database_v1_PipeReply__Output>;
  pipe(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_sf_database_v1_PipeCall, _sf_database_v1_PipeReply__Output>;
  pipe(options?: grpc.CallOptions): grpc.ClientDuplexStream<_sf_database_v1_PipeCall, _sf_database_v1_PipeReply__Output>;
  
}

export interface PipeServiceHandlers extends grpc.UntypedServiceImplementation {
  Pipe: grpc.handleBidiStreamingCall<_sf_database_v1_PipeCall__Output, _sf_database_v1_PipeReply>;
  
}

export interface PipeServiceDefinition extends grpc.ServiceDefinition {
  Pipe: MethodDefinition<_sf_database_v1_PipeCall, _sf_database_v1_PipeReply, _sf_database_v1_PipeCall__Output, _sf_database_v1_PipeReply__Output>
}
