import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateInstanceRequest as _sf_database_v1_CreateInstanceRequest, CreateInstanceRequest__Output as _sf_database_v1_CreateInstanceRequest__Output } from './sf/database/v1/CreateInstanceRequest.js';
import type { CreateNetworkInterfaceRequest as _sf_database_v1_CreateNetworkInterfaceRequest, CreateNetworkInterfaceRequest__Output as _sf_database_v1_CreateNetworkInterfaceRequest__Output } from './sf/database/v1/CreateNetworkInterfaceRequest.js';
import type { DeleteInstanceRequest as _sf_database_v1_DeleteInstanceRequest, DeleteInstanceRequest__Output as _sf_database_v1_DeleteInstanceRequest__Output } from './sf/database/v1/DeleteInstanceRequest.js';
import type { DeleteNetworkInterfaceRequest as _sf_database_v1_DeleteNetworkInterfaceRequest, DeleteNetworkInterfaceRequest__Output as _sf_database_v1_DeleteNetworkInterfaceRequest__Output } from './sf/database/v1/DeleteNetworkInterfaceRequest.js';
import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from './sf/database/v1/DeleteResponse.js';
import type { Disk as _sf_database_v1_Disk, Disk__Output as _sf_database_v1_Disk__Output } from './sf/database/v1/Disk.js';
import type { FailInstanceCreateRequest as _sf_database_v1_FailInstanceCreateRequest, FailInstanceCreateRequest__Output as _sf_database_v1_FailInstanceCreateRequest__Output } from './sf/database/v1/FailInstanceCreateRequest.js';
import type { FinishUnplacedDeleteRequest as _sf_database_v1_FinishUnplacedDeleteRequest, FinishUnplacedDeleteRequest__Output as _sf_database_v1_FinishUnplacedDeleteRequest__Output } from './sf/database/v1/FinishUnplacedDeleteRequest.js';
import type { GetInstanceRequest as _sf_database_v1_GetInstanceRequest, GetInstanceRequest__Output as _sf_database_v1_GetInstanceRequest__Output } from './sf/database/v1/GetInstanceRequest.js';
import type { GetInstanceViewsRequest as _sf_database_v1_GetInstanceViewsRequest, GetInstanceViewsRequest__Output as _sf_database_v1_GetInstanceViewsRequest__Output } from './sf/database/v1/GetInstanceViewsRequest.js';
import type { GetInstanceViewsResponse as _sf_database_v1_GetInstanceViewsResponse, GetInstanceViewsResponse__Output as _sf_database_v1_GetInstanceViewsResponse__Output } from './sf/database/v1/GetInstanceViewsResponse.js';
import type { GetInstancesRequest as _sf_database_v1_GetInstancesRequest, GetInstancesRequest__Output as _sf_database_v1_GetInstancesRequest__Output } from './sf/database/v1/GetInstancesRequest.js';
import type { GetInstancesResponse as _sf_database_v1_GetInstancesResponse, GetInstancesResponse__Output as _sf_database_v1_GetInstancesResponse__Output } from './sf/database/v1/GetInstancesResponse.js';
import type { GetNetworkInterfaceRequest as _sf_database_v1_GetNetworkInterfaceRequest, GetNetworkInterfaceRequest__Output as _sf_database_v1_GetNetworkInterfaceRequest__Output } from './sf/database/v1/GetNetworkInterfaceRequest.js';
import type { Instance as _sf_database_v1_Instance, Instance__Output as _sf_database_v1_Instance__Output } from './sf/database/v1/Instance.js';
import type { InstanceServiceClient as _sf_database_v1_InstanceServiceClient, InstanceServiceDefinition as _sf_database_v1_InstanceServiceDefinition } from './sf/database/v1/InstanceService.js';
import type { InstanceView as _sf_database_v1_InstanceView, InstanceView__Output as _sf_database_v1_InstanceView__Output } from './sf/database/v1/InstanceView.js';
import type { InstanceViewServiceClient as _sf_database_v1_InstanceViewServiceClient, InstanceViewServiceDefinition as _sf_database_v1_InstanceViewServiceDefinition } from './sf/database/v1/InstanceViewService.js';
import type { KeyCheck as _sf_database_v1_KeyCheck, KeyCheck__Output as _sf_database_v1_KeyCheck__Output } from './sf/database/v1/KeyCheck.js';
import type { ListInstancesRequest as _sf_database_v1_ListInstancesRequest, ListInstancesRequest__Output as _sf_database_v1_ListInstancesRequest__Output } from './sf/database/v1/ListInstancesRequest.js';
import type { ListInstancesResponse as _sf_database_v1_ListInstancesResponse, ListInstancesResponse__Output as _sf_database_v1_ListInstancesResponse__Output } from './sf/database/v1/ListInstancesResponse.js';
import type { ListNetworkInterfacesRequest as _sf_database_v1_ListNetworkInterfacesRequest, ListNetworkInterfacesRequest__Output as _sf_database_v1_ListNetworkInterfacesRequest__Output } from './sf/database/v1/ListNetworkInterfacesRequest.js';
import type { ListNetworkInterfacesResponse as _sf_database_v1_ListNetworkInterfacesResponse, ListNetworkInterfacesResponse__Output as _sf_database_v1_ListNetworkInterfacesResponse__Output } from './sf/database/v1/ListNetworkInterfacesResponse.js';
import type { NetworkInterface as _sf_database_v1_NetworkInterface, NetworkInterface__Output as _sf_database_v1_NetworkInterface__Output } from './sf/database/v1/NetworkInterface.js';
import type { NetworkInterfaceServiceClient as _sf_database_v1_NetworkInterfaceServiceClient, NetworkInterfaceServiceDefinition as _sf_database_v1_NetworkInterfaceServiceDefinition } from './sf/database/v1/NetworkInterfaceService.js';
import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from './sf/database/v1/PageRequest.js';
import type { TransitionInstanceStateRequest as _sf_database_v1_TransitionInstanceStateRequest, TransitionInstanceStateRequest__Output as _sf_database_v1_TransitionInstanceStateRequest__Output } from './sf/database/v1/TransitionInstanceStateRequest.js';
import type { TransitionNetworkInterfaceStateRequest as _sf_database_v1_TransitionNetworkInterfaceStateRequest, TransitionNetworkInterfaceStateRequest__Output as _sf_database_v1_TransitionNetworkInterfaceStateRequest__Output } from './sf/database/v1/TransitionNetworkInterfaceStateRequest.js';
import type { UpdateInstanceRequest as _sf_database_v1_UpdateInstanceRequest, UpdateInstanceRequest__Output as _sf_database_v1_UpdateInstanceRequest__Output } from './sf/database/v1/UpdateInstanceRequest.js';
import type { UpdateNetworkInterfaceRequest as _sf_database_v1_UpdateNetworkInterfaceRequest, UpdateNetworkInterfaceRequest__Output as _sf_database_v1_UpdateNetworkInterfaceRequest__Output } from './sf/database/v1/UpdateNetworkInterfaceRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sf: {
    database: {
      v1: {
        CreateInstanceRequest: MessageTypeDefinition<_sf_database_v1_CreateInstanceRequest, _sf_database_v1_CreateInstanceRequest__Output>
        CreateNetworkInterfaceRequest: MessageTypeDefinition<_sf_database_v1_CreateNetworkInterfaceRequest, _sf_database_v1_CreateNetworkInterfaceRequest__Output>
        DeleteInstanceRequest: MessageTypeDefinition<_sf_database_v1_DeleteInstanceRequest, _sf_database_v1_DeleteInstanceRequest__Output>
        DeleteNetworkInterfaceRequest: MessageTypeDefinition<_sf_database_v1_DeleteNetworkInterfaceRequest, _sf_database_v1_DeleteNetworkInterfaceRequest__Output>
        DeleteResponse: MessageTypeDefinition<_sf_database_v1_DeleteResponse, _sf_database_v1_DeleteResponse__Output>
        Disk: MessageTypeDefinition<_sf_database_v1_Disk, _sf_database_v1_Disk__Output>
        FailInstanceCreateRequest: MessageTypeDefinition<_sf_database_v1_FailInstanceCreateRequest, _sf_database_v1_FailInstanceCreateRequest__Output>
        FinishUnplacedDeleteRequest: MessageTypeDefinition<_sf_database_v1_FinishUnplacedDeleteRequest, _sf_database_v1_FinishUnplacedDeleteRequest__Output>
        GetInstanceRequest: MessageTypeDefinition<_sf_database_v1_GetInstanceRequest, _sf_database_v1_GetInstanceRequest__Output>
        GetInstanceViewsRequest: MessageTypeDefinition<_sf_database_v1_GetInstanceViewsRequest, _sf_database_v1_GetInstanceViewsRequest__Output>
        GetInstanceViewsResponse: MessageTypeDefinition<_sf_database_v1_GetInstanceViewsResponse, _sf_database_v1_GetInstanceViewsResponse__Output>
        GetInstancesRequest: MessageTypeDefinition<_sf_database_v1_GetInstancesRequest, _sf_database_v1_GetInstancesRequest__Output>
        GetInstancesResponse: MessageTypeDefinition<_sf_database_v1_GetInstancesResponse, _sf_database_v1_GetInstancesResponse__Output>
        GetNetworkInterfaceRequest: MessageTypeDefinition<_sf_database_v1_GetNetworkInterfaceRequest, _sf_database_v1_GetNetworkInterfaceRequest__Output>
        Instance: MessageTypeDefinition<_sf_database_v1_Instance, _sf_database_v1_Instance__Output>
        InstanceService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_InstanceServiceClient> & { service: _sf_database_v1_InstanceServiceDefinition }
        InstanceView: MessageTypeDefinition<_sf_database_v1_InstanceView, _sf_database_v1_InstanceView__Output>
        InstanceViewService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_InstanceViewServiceClient> & { service: _sf_database_v1_InstanceViewServiceDefinition }
        KeyCheck: MessageTypeDefinition<_sf_database_v1_KeyCheck, _sf_database_v1_KeyCheck__Output>
        ListInstancesRequest: MessageTypeDefinition<_sf_database_v1_ListInstancesRequest, _sf_database_v1_ListInstancesRequest__Output>
        ListInstancesResponse: MessageTypeDefinition<_sf_database_v1_ListInstancesResponse, _sf_database_v1_ListInstancesResponse__Output>
        ListNetworkInterfacesRequest: MessageTypeDefinition<_sf_database_v1_ListNetworkInterfacesRequest, _sf_database_v1_ListNetworkInterfacesRequest__Output>
        ListNetworkInterfacesResponse: MessageTypeDefinition<_sf_database_v1_ListNetworkInterfacesResponse, _sf_database_v1_ListNetworkInterfacesResponse__Output>
        NetworkInterface: MessageTypeDefinition<_sf_database_v1_NetworkInterface, _sf_database_v1_NetworkInterface__Output>
        NetworkInterfaceService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_NetworkInterfaceServiceClient> & { service: _sf_database_v1_NetworkInterfaceServiceDefinition }
        PageRequest: MessageTypeDefinition<_sf_database_v1_PageRequest, _sf_database_v1_PageRequest__Output>
        TransitionInstanceStateRequest: MessageTypeDefinition<_sf_database_v1_TransitionInstanceStateRequest, _sf_database_v1_TransitionInstanceStateRequest__Output>
        TransitionNetworkInterfaceStateRequest: MessageTypeDefinition<_sf_database_v1_TransitionNetworkInterfaceStateRequest, _sf_database_v1_TransitionNetworkInterfaceStateRequest__Output>
        UpdateInstanceRequest: MessageTypeDefinition<_sf_database_v1_UpdateInstanceRequest, _sf_database_v1_UpdateInstanceRequest__Output>
        UpdateNetworkInterfaceRequest: MessageTypeDefinition<_sf_database_v1_UpdateNetworkInterfaceRequest, _sf_database_v1_UpdateNetworkInterfaceRequest__Output>
      }
    }
  }
}

