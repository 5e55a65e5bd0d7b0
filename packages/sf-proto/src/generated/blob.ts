import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Blob as _sf_database_v1_Blob, Blob__Output as _sf_database_v1_Blob__Output } from './sf/database/v1/Blob.js';
import type { BlobLocationRequest as _sf_database_v1_BlobLocationRequest, BlobLocationRequest__Output as _sf_database_v1_BlobLocationRequest__Output } from './sf/database/v1/BlobLocationRequest.js';
import type { BlobServiceClient as _sf_database_v1_BlobServiceClient, BlobServiceDefinition as _sf_database_v1_BlobServiceDefinition } from './sf/database/v1/BlobService.js';
import type { CreateBlobRequest as _sf_database_v1_CreateBlobRequest, CreateBlobRequest__Output as _sf_database_v1_CreateBlobRequest__Output } from './sf/database/v1/CreateBlobRequest.js';
import type { DeleteBlobRequest as _sf_database_v1_DeleteBlobRequest, DeleteBlobRequest__Output as _sf_database_v1_DeleteBlobRequest__Output } from './sf/database/v1/DeleteBlobRequest.js';
import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from './sf/database/v1/DeleteResponse.js';
import type { GetBlobRequest as _sf_database_v1_GetBlobRequest, GetBlobRequest__Output as _sf_database_v1_GetBlobRequest__Output } from './sf/database/v1/GetBlobRequest.js';
import type { ListBlobsRequest as _sf_database_v1_ListBlobsRequest, ListBlobsRequest__Output as _sf_database_v1_ListBlobsRequest__Output } from './sf/database/v1/ListBlobsRequest.js';
import type { ListBlobsResponse as _sf_database_v1_ListBlobsResponse, ListBlobsResponse__Output as _sf_database_v1_ListBlobsResponse__Output } from './sf/database/v1/ListBlobsResponse.js';
import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from './sf/database/v1/PageRequest.js';
import type { TransitionBlobStateRequest as _sf_database_v1_TransitionBlobStateRequest, TransitionBlobStateRequest__Output as _sf_database_v1_TransitionBlobStateRequest__Output } from './sf/database/v1/TransitionBlobStateRequest.js';
import type { UpdateBlobRequest as _sf_database_v1_UpdateBlobRequest, UpdateBlobRequest__Output as _sf_database_v1_UpdateBlobRequest__Output } from './sf/database/v1/UpdateBlobRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sf: {
    database: {
      v1: {
        Blob: MessageTypeDefinition<_sf_database_v1_Blob, _sf_database_v1_Blob__Output>
        BlobLocationRequest: MessageTypeDefinition<_sf_database_v1_BlobLocationRequest, _sf_database_v1_BlobLocationRequest__Output>
        BlobService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_BlobServiceClient> & { service: _sf_database_v1_BlobServiceDefinition }
        CreateBlobRequest: MessageTypeDefinition<_sf_database_v1_CreateBlobRequest, _sf_database_v1_CreateBlobRequest__Output>
        DeleteBlobRequest: MessageTypeDefinition<_sf_database_v1_DeleteBlobRequest, _sf_database_v1_DeleteBlobRequest__Output>
        DeleteResponse: MessageTypeDefinition<_sf_database_v1_DeleteResponse, _sf_database_v1_DeleteResponse__Output>
        GetBlobRequest: MessageTypeDefinition<_sf_database_v1_GetBlobRequest, _sf_database_v1_GetBlobRequest__Output>
        ListBlobsRequest: MessageTypeDefinition<_sf_database_v1_ListBlobsRequest, _sf_database_v1_ListBlobsRequest__Output>
        ListBlobsResponse: MessageTypeDefinition<_sf_database_v1_ListBlobsResponse, _sf_database_v1_ListBlobsResponse__Output>
        PageRequest: MessageTypeDefinition<_sf_database_v1_PageRequest, _sf_database_v1_PageRequest__Output>
        TransitionBlobStateRequest: MessageTypeDefinition<_sf_database_v1_TransitionBlobStateRequest, _sf_database_v1_TransitionBlobStateRequest__Output>
        UpdateBlobRequest: MessageTypeDefinition<_sf_database_v1_UpdateBlobRequest, _sf_database_v1_UpdateBlobRequest__Output>
      }
    }
  }
}

