import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateNetworkRequest as _sf_database_v1_CreateNetworkRequest, CreateNetworkRequest__Output as _sf_database_v1_CreateNetworkRequest__Output } from './sf/database/v1/CreateNetworkRequest.js';
import type { DeleteNetworkRequest as _sf_database_v1_DeleteNetworkRequest, DeleteNetworkRequest__Output as _sf_database_v1_DeleteNetworkRequest__Output } from './sf/database/v1/DeleteNetworkRequest.js';
import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from './sf/database/v1/DeleteResponse.js';
import type { FailNetworkCreateRequest as _sf_database_v1_FailNetworkCreateRequest, FailNetworkCreateRequest__Output as _sf_database_v1_FailNetworkCreateRequest__Output } from './sf/database/v1/FailNetworkCreateRequest.js';
import type { GetNetworkRequest as _sf_database_v1_GetNetworkRequest, GetNetworkRequest__Output as _sf_database_v1_GetNetworkRequest__Output } from './sf/database/v1/GetNetworkRequest.js';
import type { ListNetworksRequest as _sf_database_v1_ListNetworksRequest, ListNetworksRequest__Output as _sf_database_v1_ListNetworksRequest__Output } from './sf/database/v1/ListNetworksRequest.js';
import type { ListNetworksResponse as _sf_database_v1_ListNetworksResponse, ListNetworksResponse__Output as _sf_database_v1_ListNetworksResponse__Output } from './sf/database/v1/ListNetworksResponse.js';
import type { Network as _sf_database_v1_Network, Network__Output as _sf_database_v1_Network__Output } from './sf/database/v1/Network.js';
import type { NetworkServiceClient as _sf_database_v1_NetworkServiceClient, NetworkServiceDefinition as _sf_database_v1_NetworkServiceDefinition } from './sf/database/v1/NetworkService.js';
import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from './sf/database/v1/PageRequest.js';
import type { RetireNetworkRequest as _sf_database_v1_RetireNetworkRequest, RetireNetworkRequest__Output as _sf_database_v1_RetireNetworkRequest__Output } from './sf/database/v1/RetireNetworkRequest.js';
import type { TransitionNetworkStateRequest as _sf_database_v1_TransitionNetworkStateRequest, TransitionNetworkStateRequest__Output as _sf_database_v1_TransitionNetworkStateRequest__Output } from './sf/database/v1/TransitionNetworkStateRequest.js';
import type { UpdateNetworkRequest as _sf_database_v1_UpdateNetworkRequest, UpdateNetworkRequest__Output as _sf_database_v1_UpdateNetworkRequest__Output } from './sf/database/v1/UpdateNetworkRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sf: {
    database: {
      v1: {
        CreateNetworkRequest: MessageTypeDefinition<_sf_database_v1_CreateNetworkRequest, _sf_database_v1_CreateNetworkRequest__Output>
        DeleteNetworkRequest: MessageTypeDefinition<_sf_database_v1_DeleteNetworkRequest, _sf_database_v1_DeleteNetworkRequest__Output>
        DeleteResponse: MessageTypeDefinition<_sf_database_v1_DeleteResponse, _sf_database_v1_DeleteResponse__Output>
        FailNetworkCreateRequest: MessageTypeDefinition<_sf_database_v1_FailNetworkCreateRequest, _sf_database_v1_FailNetworkCreateRequest__Output>
        GetNetworkRequest: MessageTypeDefinition<_sf_database_v1_GetNetworkRequest, _sf_database_v1_GetNetworkRequest__Output>
        ListNetworksRequest: MessageTypeDefinition<_sf_database_v1_ListNetworksRequest, _sf_database_v1_ListNetworksRequest__Output>
        ListNetworksResponse: MessageTypeDefinition<_sf_database_v1_ListNetworksResponse, _sf_database_v1_ListNetworksResponse__Output>
        Network: MessageTypeDefinition<_sf_database_v1_Network, _sf_database_v1_Network__Output>
        NetworkService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_NetworkServiceClient> & { service: _sf_database_v1_NetworkServiceDefinition }
        PageRequest: MessageTypeDefinition<_sf_database_v1_PageRequest, _sf_database_v1_PageRequest__Output>
        RetireNetworkRequest: MessageTypeDefinition<_sf_database_v1_RetireNetworkRequest, _sf_database_v1_RetireNetworkRequest__Output>
        TransitionNetworkStateRequest: MessageTypeDefinition<_sf_database_v1_TransitionNetworkStateRequest, _sf_database_v1_TransitionNetworkStateRequest__Output>
        UpdateNetworkRequest: MessageTypeDefinition<_sf_database_v1_UpdateNetworkRequest, _sf_database_v1_UpdateNetworkRequest__Output>
      }
    }
  }
}

