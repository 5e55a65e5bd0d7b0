import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateNamespaceRequest as _sf_database_v1_CreateNamespaceRequest, CreateNamespaceRequest__Output as _sf_database_v1_CreateNamespaceRequest__Output } from './sf/database/v1/CreateNamespaceRequest.js';
import type { DeleteNamespaceKeyResponse as _sf_database_v1_DeleteNamespaceKeyResponse, DeleteNamespaceKeyResponse__Output as _sf_database_v1_DeleteNamespaceKeyResponse__Output } from './sf/database/v1/DeleteNamespaceKeyResponse.js';
import type { DeleteNamespaceRequest as _sf_database_v1_DeleteNamespaceRequest, DeleteNamespaceRequest__Output as _sf_database_v1_DeleteNamespaceRequest__Output } from './sf/database/v1/DeleteNamespaceRequest.js';
import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from './sf/database/v1/DeleteResponse.js';
import type { GetNamespaceRequest as _sf_database_v1_GetNamespaceRequest, GetNamespaceRequest__Output as _sf_database_v1_GetNamespaceRequest__Output } from './sf/database/v1/GetNamespaceRequest.js';
import type { ListNamespaceKeysRequest as _sf_database_v1_ListNamespaceKeysRequest, ListNamespaceKeysRequest__Output as _sf_database_v1_ListNamespaceKeysRequest__Output } from './sf/database/v1/ListNamespaceKeysRequest.js';
import type { ListNamespaceKeysResponse as _sf_database_v1_ListNamespaceKeysResponse, ListNamespaceKeysResponse__Output as _sf_database_v1_ListNamespaceKeysResponse__Output } from './sf/database/v1/ListNamespaceKeysResponse.js';
import type { ListNamespaceTrustsRequest as _sf_database_v1_ListNamespaceTrustsRequest, ListNamespaceTrustsRequest__Output as _sf_database_v1_ListNamespaceTrustsRequest__Output } from './sf/database/v1/ListNamespaceTrustsRequest.js';
import type { ListNamespaceTrustsResponse as _sf_database_v1_ListNamespaceTrustsResponse, ListNamespaceTrustsResponse__Output as _sf_database_v1_ListNamespaceTrustsResponse__Output } from './sf/database/v1/ListNamespaceTrustsResponse.js';
import type { ListNamespacesRequest as _sf_database_v1_ListNamespacesRequest, ListNamespacesRequest__Output as _sf_database_v1_ListNamespacesRequest__Output } from './sf/database/v1/ListNamespacesRequest.js';
import type { ListNamespacesResponse as _sf_database_v1_ListNamespacesResponse, ListNamespacesResponse__Output as _sf_database_v1_ListNamespacesResponse__Output } from './sf/database/v1/ListNamespacesResponse.js';
import type { Namespace as _sf_database_v1_Namespace, Namespace__Output as _sf_database_v1_Namespace__Output } from './sf/database/v1/Namespace.js';
import type { NamespaceKey as _sf_database_v1_NamespaceKey, NamespaceKey__Output as _sf_database_v1_NamespaceKey__Output } from './sf/database/v1/NamespaceKey.js';
import type { NamespaceKeyRequest as _sf_database_v1_NamespaceKeyRequest, NamespaceKeyRequest__Output as _sf_database_v1_NamespaceKeyRequest__Output } from './sf/database/v1/NamespaceKeyRequest.js';
import type { NamespaceServiceClient as _sf_database_v1_NamespaceServiceClient, NamespaceServiceDefinition as _sf_database_v1_NamespaceServiceDefinition } from './sf/database/v1/NamespaceService.js';
import type { NamespaceTrustRequest as _sf_database_v1_NamespaceTrustRequest, NamespaceTrustRequest__Output as _sf_database_v1_NamespaceTrustRequest__Output } from './sf/database/v1/NamespaceTrustRequest.js';
import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from './sf/database/v1/PageRequest.js';
import type { RetireNamespaceRequest as _sf_database_v1_RetireNamespaceRequest, RetireNamespaceRequest__Output as _sf_database_v1_RetireNamespaceRequest__Output } from './sf/database/v1/RetireNamespaceRequest.js';
import type { SetNamespaceKeyRequest as _sf_database_v1_SetNamespaceKeyRequest, SetNamespaceKeyRequest__Output as _sf_database_v1_SetNamespaceKeyRequest__Output } from './sf/database/v1/SetNamespaceKeyRequest.js';
import type { TransitionNamespaceStateRequest as _sf_database_v1_TransitionNamespaceStateRequest, TransitionNamespaceStateRequest__Output as _sf_database_v1_TransitionNamespaceStateRequest__Output } from './sf/database/v1/TransitionNamespaceStateRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sf: {
    database: {
      v1: {
        CreateNamespaceRequest: MessageTypeDefinition<_sf_database_v1_CreateNamespaceRequest, _sf_database_v1_CreateNamespaceRequest__Output>
        DeleteNamespaceKeyResponse: MessageTypeDefinition<_sf_database_v1_DeleteNamespaceKeyResponse, _sf_database_v1_DeleteNamespaceKeyResponse__Output>
        DeleteNamespaceRequest: MessageTypeDefinition<_sf_database_v1_DeleteNamespaceRequest, _sf_database_v1_DeleteNamespaceRequest__Output>
        DeleteResponse: MessageTypeDefinition<_sf_database_v1_DeleteResponse, _sf_database_v1_DeleteResponse__Output>
        GetNamespaceRequest: MessageTypeDefinition<_sf_database_v1_GetNamespaceRequest, _sf_database_v1_GetNamespaceRequest__Output>
        ListNamespaceKeysRequest: MessageTypeDefinition<_sf_database_v1_ListNamespaceKeysRequest, _sf_database_v1_ListNamespaceKeysRequest__Output>
        ListNamespaceKeysResponse: MessageTypeDefinition<_sf_database_v1_ListNamespaceKeysResponse, _sf_database_v1_ListNamespaceKeysResponse__Output>
        ListNamespaceTrustsRequest: MessageTypeDefinition<_sf_database_v1_ListNamespaceTrustsRequest, _sf_database_v1_ListNamespaceTrustsRequest__Output>
        ListNamespaceTrustsResponse: MessageTypeDefinition<_sf_database_v1_ListNamespaceTrustsResponse, _sf_database_v1_ListNamespaceTrustsResponse__Output>
        ListNamespacesRequest: MessageTypeDefinition<_sf_database_v1_ListNamespacesRequest, _sf_database_v1_ListNamespacesRequest__Output>
        ListNamespacesResponse: MessageTypeDefinition<_sf_database_v1_ListNamespacesResponse, _sf_database_v1_ListNamespacesResponse__Output>
        Namespace: MessageTypeDefinition<_sf_database_v1_Namespace, _sf_database_v1_Namespace__Output>
        NamespaceKey: MessageTypeDefinition<_sf_database_v1_NamespaceKey, _sf_database_v1_NamespaceKey__Output>
        NamespaceKeyRequest: MessageTypeDefinition<_sf_database_v1_NamespaceKeyRequest, _sf_database_v1_NamespaceKeyRequest__Output>
        NamespaceService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_NamespaceServiceClient> & { service: _sf_database_v1_NamespaceServiceDefinition }
        NamespaceTrustRequest: MessageTypeDefinition<_sf_database_v1_NamespaceTrustRequest, _sf_database_v1_NamespaceTrustRequest__Output>
        PageRequest: MessageTypeDefinition<_sf_database_v1_PageRequest, _sf_database_v1_PageRequest__Output>
        RetireNamespaceRequest: MessageTypeDefinition<_sf_database_v1_RetireNamespaceRequest, _sf_database_v1_RetireNamespaceRequest__Output>
        SetNamespaceKeyRequest: MessageTypeDefinition<_sf_database_v1_SetNamespaceKeyRequest, _sf_database_v1_SetNamespaceKeyRequest__Output>
        TransitionNamespaceStateRequest: MessageTypeDefinition<_sf_database_v1_TransitionNamespaceStateRequest, _sf_database_v1_TransitionNamespaceStateRequest__Output>
      }
    }
  }
}

