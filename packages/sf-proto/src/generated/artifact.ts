import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AddArtifactVersionRequest as _sf_database_v1_AddArtifactVersionRequest, AddArtifactVersionRequest__Output as _sf_database_v1_AddArtifactVersionRequest__Output } from './sf/database/v1/AddArtifactVersionRequest.js';
import type { AddArtifactVersionResponse as _sf_database_v1_AddArtifactVersionResponse, AddArtifactVersionResponse__Output as _sf_database_v1_AddArtifactVersionResponse__Output } from './sf/database/v1/AddArtifactVersionResponse.js';
import type { Artifact as _sf_database_v1_Artifact, Artifact__Output as _sf_database_v1_Artifact__Output } from './sf/database/v1/Artifact.js';
import type { ArtifactServiceClient as _sf_database_v1_ArtifactServiceClient, ArtifactServiceDefinition as _sf_database_v1_ArtifactServiceDefinition } from './sf/database/v1/ArtifactService.js';
import type { ArtifactVersion as _sf_database_v1_ArtifactVersion, ArtifactVersion__Output as _sf_database_v1_ArtifactVersion__Output } from './sf/database/v1/ArtifactVersion.js';
import type { CreateArtifactRequest as _sf_database_v1_CreateArtifactRequest, CreateArtifactRequest__Output as _sf_database_v1_CreateArtifactRequest__Output } from './sf/database/v1/CreateArtifactRequest.js';
import type { DeleteArtifactRequest as _sf_database_v1_DeleteArtifactRequest, DeleteArtifactRequest__Output as _sf_database_v1_DeleteArtifactRequest__Output } from './sf/database/v1/DeleteArtifactRequest.js';
import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from './sf/database/v1/DeleteResponse.js';
import type { GetArtifactRequest as _sf_database_v1_GetArtifactRequest, GetArtifactRequest__Output as _sf_database_v1_GetArtifactRequest__Output } from './sf/database/v1/GetArtifactRequest.js';
import type { ListArtifactsRequest as _sf_database_v1_ListArtifactsRequest, ListArtifactsRequest__Output as _sf_database_v1_ListArtifactsRequest__Output } from './sf/database/v1/ListArtifactsRequest.js';
import type { ListArtifactsResponse as _sf_database_v1_ListArtifactsResponse, ListArtifactsResponse__Output as _sf_database_v1_ListArtifactsResponse__Output } from './sf/database/v1/ListArtifactsResponse.js';
import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from './sf/database/v1/PageRequest.js';
import type { TransitionArtifactStateRequest as _sf_database_v1_TransitionArtifactStateRequest, TransitionArtifactStateRequest__Output as _sf_database_v1_TransitionArtifactStateRequest__Output } from './sf/database/v1/TransitionArtifactStateRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sf: {
    database: {
      v1: {
        AddArtifactVersionRequest: MessageTypeDefinition<_sf_database_v1_AddArtifactVersionRequest, _sf_database_v1_AddArtifactVersionRequest__Output>
        AddArtifactVersionResponse: MessageTypeDefinition<_sf_database_v1_AddArtifactVersionResponse, _sf_database_v1_AddArtifactVersionResponse__Output>
        Artifact: MessageTypeDefinition<_sf_database_v1_Artifact, _sf_database_v1_Artifact__Output>
        ArtifactService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_ArtifactServiceClient> & { service: _sf_database_v1_ArtifactServiceDefinition }
        ArtifactVersion: MessageTypeDefinition<_sf_database_v1_ArtifactVersion, _sf_database_v1_ArtifactVersion__Output>
        CreateArtifactRequest: MessageTypeDefinition<_sf_database_v1_CreateArtifactRequest, _sf_database_v1_CreateArtifactRequest__Output>
        DeleteArtifactRequest: MessageTypeDefinition<_sf_database_v1_DeleteArtifactRequest, _sf_database_v1_DeleteArtifactRequest__Output>
        DeleteResponse: MessageTypeDefinition<_sf_database_v1_DeleteResponse, _sf_database_v1_DeleteResponse__Output>
        GetArtifactRequest: MessageTypeDefinition<_sf_database_v1_GetArtifactRequest, _sf_database_v1_GetArtifactRequest__Output>
        ListArtifactsRequest: MessageTypeDefinition<_sf_database_v1_ListArtifactsRequest, _sf_database_v1_ListArtifactsRequest__Output>
        ListArtifactsResponse: MessageTypeDefinition<_sf_database_v1_ListArtifactsResponse, _sf_database_v1_ListArtifactsResponse__Output>
        PageRequest: MessageTypeDefinition<_sf_database_v1_PageRequest, _sf_database_v1_PageRequest__Output>
        TransitionArtifactStateRequest: MessageTypeDefinition<_sf_database_v1_TransitionArtifactStateRequest, _sf_database_v1_TransitionArtifactStateRequest__Output>
      }
    }
  }
}

