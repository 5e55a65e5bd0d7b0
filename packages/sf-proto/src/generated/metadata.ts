import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { DeleteMetadataRequest as _sf_database_v1_DeleteMetadataRequest, DeleteMetadataRequest__Output as _sf_database_v1_DeleteMetadataRequest__Output } from './sf/database/v1/DeleteMetadataRequest.js';
import type { DeleteMetadataResponse as _sf_database_v1_DeleteMetadataResponse, DeleteMetadataResponse__Output as _sf_database_v1_DeleteMetadataResponse__Output } from './sf/database/v1/DeleteMetadataResponse.js';
import type { GetMetadataRequest as _sf_database_v1_GetMetadataRequest, GetMetadataRequest__Output as _sf_database_v1_GetMetadataRequest__Output } from './sf/database/v1/GetMetadataRequest.js';
import type { Metadata as _sf_database_v1_Metadata, Metadata__Output as _sf_database_v1_Metadata__Output } from './sf/database/v1/Metadata.js';
import type { MetadataServiceClient as _sf_database_v1_MetadataServiceClient, MetadataServiceDefinition as _sf_database_v1_MetadataServiceDefinition } from './sf/database/v1/MetadataService.js';
import type { SetMetadataRequest as _sf_database_v1_SetMetadataRequest, SetMetadataRequest__Output as _sf_database_v1_SetMetadataRequest__Output } from './sf/database/v1/SetMetadataRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sf: {
    database: {
      v1: {
        DeleteMetadataRequest: MessageTypeDefinition<_sf_database_v1_DeleteMetadataRequest, _sf_database_v1_DeleteMetadataRequest__Output>
        DeleteMetadataResponse: MessageTypeDefinition<_sf_database_v1_DeleteMetadataResponse, _sf_database_v1_DeleteMetadataResponse__Output>
        GetMetadataRequest: MessageTypeDefinition<_sf_database_v1_GetMetadataRequest, _sf_database_v1_GetMetadataRequest__Output>
        Metadata: MessageTypeDefinition<_sf_database_v1_Metadata, _sf_database_v1_Metadata__Output>
        MetadataService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_MetadataServiceClient> & { service: _sf_database_v1_MetadataServiceDefinition }
        SetMetadataRequest: MessageTypeDefinition<_sf_database_v1_SetMetadataRequest, _sf_database_v1_SetMetadataRequest__Output>
      }
    }
  }
}

