import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateNetworkInterfaceRequest as _sf_database_v1_CreateNetworkInterfaceRequest, CreateNetworkInterfaceRequest__Output as _sf_database_v1_CreateNetworkInterfaceRequest__Output } from './sf/database/v1/CreateNetworkInterfaceRequest.js';
import type { DeleteNetworkInterfaceRequest as _sf_database_v1_DeleteNetworkInterfaceRequest, DeleteNetworkInterfaceRequest__Output as _sf_database_v1_DeleteNetworkInterfaceRequest__Output } from './sf/database/v1/DeleteNetworkInterfaceRequest.js';
import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from './sf/database/v1/DeleteResponse.js';
import type { GetNetworkInterfaceRequest as _sf_database_v1_GetNetworkInterfaceRequest, GetNetworkInterfaceRequest__Output as _sf_database_v1_GetNetworkInterfaceRequest__Output } from './sf/database/v1/GetNetworkInterfaceRequest.js';
import type { ListNetworkInterfacesRequest as _sf_database_v1_ListNetworkInterfacesRequest, ListNetworkInterfacesRequest__Output as _sf_database_v1_ListNetworkInterfacesRequest__Output } from './sf/database/v1/ListNetworkInterfacesRequest.js';
import type { ListNetworkInterfacesResponse as _sf_database_v1_ListNetworkInterfacesResponse, ListNetworkInterfacesResponse__Output as _sf_database_v1_ListNetworkInterfacesResponse__Output } from './sf/database/v1/ListNetworkInterfacesResponse.js';
import type { NetworkInterface as _sf_database_v1_NetworkInterface, NetworkInterface__Output as _sf_database_v1_NetworkInterface__Output } from './sf/database/v1/NetworkInterface.js';
import type { NetworkInterfaceServiceClient as _sf_database_v1_NetworkInterfaceServiceClient, NetworkInterfaceServiceDefinition as _sf_database_v1_NetworkInterfaceServiceDefinition } from './sf/database/v1/NetworkInterfaceService.js';
import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from './sf/database/v1/PageRequest.js';
import type { TransitionNetworkInterfaceStateRequest as _sf_database_v1_TransitionNetworkInterfaceStateRequest, TransitionNetworkInterfaceStateRequest__Output as _sf_database_v1_TransitionNetworkInterfaceStateRequest__Output } from './sf/database/v1/TransitionNetworkInterfaceStateRequest.js';
import type { UpdateNetworkInterfaceRequest as _sf_database_v1_UpdateNetworkInterfaceRequest, UpdateNetworkInterfaceRequest__Output as _sf_database_v1_UpdateNetworkInterfaceRequest__Output } from './sf/database/v1/UpdateNetworkInterfaceRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sf: {
    database: {
      v1: {
        CreateNetworkInterfaceRequest: MessageTypeDefinition<_sf_database_v1_CreateNetworkInterfaceRequest, _sf_database_v1_CreateNetworkInterfaceRequest__Output>
        DeleteNetworkInterfaceRequest: MessageTypeDefinition<_sf_database_v1_DeleteNetworkInterfaceRequest, _sf_database_v1_DeleteNetworkInterfaceRequest__Output>
        DeleteResponse: MessageTypeDefinition<_sf_database_v1_DeleteResponse, _sf_database_v1_DeleteResponse__Output>
        GetNetworkInterfaceRequest: MessageTypeDefinition<_sf_database_v1_GetNetworkInterfaceRequest, _sf_database_v1_GetNetworkInterfaceRequest__Output>
        ListNetworkInterfacesRequest: MessageTypeDefinition<_sf_database_v1_ListNetworkInterfacesRequest, _sf_database_v1_ListNetworkInterfacesRequest__Output>
        ListNetworkInterfacesResponse: MessageTypeDefinition<_sf_database_v1_ListNetworkInterfacesResponse, _sf_database_v1_ListNetworkInterfacesResponse__Output>
        NetworkInterface: MessageTypeDefinition<_sf_database_v1_NetworkInterface, _sf_database_v1_NetworkInterface__Output>
        NetworkInterfaceService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_NetworkInterfaceServiceClient> & { service: _sf_database_v1_NetworkInterfaceServiceDefinition }
        PageRequest: MessageTypeDefinition<_sf_database_v1_PageRequest, _sf_database_v1_PageRequest__Output>
        TransitionNetworkInterfaceStateRequest: MessageTypeDefinition<_sf_database_v1_TransitionNetworkInterfaceStateRequest, _sf_database_v1_TransitionNetworkInterfaceStateRequest__Output>
        UpdateNetworkInterfaceRequest: MessageTypeDefinition<_sf_database_v1_UpdateNetworkInterfaceRequest, _sf_database_v1_UpdateNetworkInterfaceRequest__Output>
      }
    }
  }
}

