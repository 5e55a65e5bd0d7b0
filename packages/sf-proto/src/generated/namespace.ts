import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateNamespaceRequest as _sf_database_v1_CreateNamespaceRequest, CreateNamespaceRequest__Output as _sf_database_v1_CreateNamespaceRequest__Output } from './sf/database/v1/CreateNamespaceRequest.js';
import type { DeleteNamespaceRequest as _sf_database_v1_DeleteNamespaceRequest, DeleteNamespaceRequest__Output as _sf_database_v1_DeleteNamespaceRequest__Output } from './sf/database/v1/DeleteNamespaceRequest.js';
import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from './sf/database/v1/DeleteResponse.js';
import type { GetNamespaceRequest as _sf_database_v1_GetNamespaceRequest, GetNamespaceRequest__Output as _sf_database_v1_GetNamespaceRequest__Output } from './sf/database/v1/GetNamespaceRequest.js';
import type { ListNamespacesRequest as _sf_database_v1_ListNamespacesRequest, ListNamespacesRequest__Output as _sf_database_v1_ListNamespacesRequest__Output } from './sf/database/v1/ListNamespacesRequest.js';
import type { ListNamespacesResponse as _sf_database_v1_ListNamespacesResponse, ListNamespacesResponse__Output as _sf_database_v1_ListNamespacesResponse__Output } from './sf/database/v1/ListNamespacesResponse.js';
import type { Namespace as _sf_database_v1_Namespace, Namespace__Output as _sf_database_v1_Namespace__Output } from './sf/database/v1/Namespace.js';
import type { NamespaceServiceClient as _sf_database_v1_NamespaceServiceClient, NamespaceServiceDefinition as _sf_database_v1_NamespaceServiceDefinition } from './sf/database/v1/NamespaceService.js';
import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from './sf/database/v1/PageRequest.js';
import type { TransitionNamespaceStateRequest as _sf_database_v1_TransitionNamespaceStateRequest, TransitionNamespaceStateRequest__Output as _sf_database_v1_TransitionNamespaceStateRequest__Output } from './sf/database/v1/TransitionNamespaceStateRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sf: {
    database: {
      v1: {
        CreateNamespaceRequest: MessageTypeDefinition<_sf_database_v1_CreateNamespaceRequest, _sf_database_v1_CreateNamespaceRequest__Output>
        DeleteNamespaceRequest: MessageTypeDefinition<_sf_database_v1_DeleteNamespaceRequest, _sf_database_v1_DeleteNamespaceRequest__Output>
        DeleteResponse: MessageTypeDefinition<_sf_database_v1_DeleteResponse, _sf_database_v1_DeleteResponse__Output>
        GetNamespaceRequest: MessageTypeDefinition<_sf_database_v1_GetNamespaceRequest, _sf_database_v1_GetNamespaceRequest__Output>
        ListNamespacesRequest: MessageTypeDefinition<_sf_database_v1_ListNamespacesRequest, _sf_database_v1_ListNamespacesRequest__Output>
        ListNamespacesResponse: MessageTypeDefinition<_sf_database_v1_ListNamespacesResponse, _sf_database_v1_ListNamespacesResponse__Output>
        Namespace: MessageTypeDefinition<_sf_database_v1_Namespace, _sf_database_v1_Namespace__Output>
        NamespaceService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_NamespaceServiceClient> & { service: _sf_database_v1_NamespaceServiceDefinition }
        PageRequest: MessageTypeDefinition<_sf_database_v1_PageRequest, _sf_database_v1_PageRequest__Output>
        TransitionNamespaceStateRequest: MessageTypeDefinition<_sf_database_v1_TransitionNamespaceStateRequest, _sf_database_v1_TransitionNamespaceStateRequest__Output>
      }
    }
  }
}

