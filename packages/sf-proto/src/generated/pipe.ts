import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { PipeCall as _sf_database_v1_PipeCall, PipeCall__Output as _sf_database_v1_PipeCall__Output } from './sf/database/v1/PipeCall.js';
import type { PipeReply as _sf_database_v1_PipeReply, PipeReply__Output as _sf_database_v1_PipeReply__Output } from './sf/database/v1/PipeReply.js';
import type { PipeServiceClient as _sf_database_v1_PipeServiceClient, PipeServiceDefinition as _sf_database_v1_PipeServiceDefinition } from './sf/database/v1/PipeService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sf: {
    database: {
      v1: {
        PipeCall: MessageTypeDefinition<_sf_database_v1_PipeCall, _sf_database_v1_PipeCall__Output>
        PipeReply: MessageTypeDefinition<_sf_database_v1_PipeReply, _sf_database_v1_PipeReply__Output>
        PipeService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_PipeServiceClient> & { service: _sf_database_v1_PipeServiceDefinition }
      }
    }
  }
}

