import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateInstanceRequest as _sf_database_v1_CreateInstanceRequest, CreateInstanceRequest__Output as _sf_database_v1_CreateInstanceRequest__Output } from './sf/database/v1/CreateInstanceRequest.js';
import type { DeleteInstanceRequest as _sf_database_v1_DeleteInstanceRequest, DeleteInstanceRequest__Output as _sf_database_v1_DeleteInstanceRequest__Output } from './sf/database/v1/DeleteInstanceRequest.js';
import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from './sf/database/v1/DeleteResponse.js';
import type { Disk as _sf_database_v1_Disk, Disk__Output as _sf_database_v1_Disk__Output } from './sf/database/v1/Disk.js';
import type { FailInstanceCreateRequest as _sf_database_v1_FailInstanceCreateRequest, FailInstanceCreateRequest__Output as _sf_database_v1_FailInstanceCreateRequest__Output } from './sf/database/v1/FailInstanceCreateRequest.js';
import type { FinishUnplacedDeleteRequest as _sf_database_v1_FinishUnplacedDeleteRequest, FinishUnplacedDeleteRequest__Output as _sf_database_v1_FinishUnplacedDeleteRequest__Output } from './sf/database/v1/FinishUnplacedDeleteRequest.js';
import type { GetInstanceRequest as _sf_database_v1_GetInstanceRequest, GetInstanceRequest__Output as _sf_database_v1_GetInstanceRequest__Output } from './sf/database/v1/GetInstanceRequest.js';
import type { GetInstancesRequest as _sf_database_v1_GetInstancesRequest, GetInstancesRequest__Output as _sf_database_v1_GetInstancesRequest__Output } from './sf/database/v1/GetInstancesRequest.js';
import type { GetInstancesResponse as _sf_database_v1_GetInstancesResponse, GetInstancesResponse__Output as _sf_database_v1_GetInstancesResponse__Output } from './sf/database/v1/GetInstancesResponse.js';
import type { Instance as _sf_database_v1_Instance, Instance__Output as _sf_database_v1_Instance__Output } from './sf/database/v1/Instance.js';
import type { InstanceServiceClient as _sf_database_v1_InstanceServiceClient, InstanceServiceDefinition as _sf_database_v1_InstanceServiceDefinition } from './sf/database/v1/InstanceService.js';
import type { ListInstancesRequest as _sf_database_v1_ListInstancesRequest, ListInstancesRequest__Output as _sf_database_v1_ListInstancesRequest__Output } from './sf/database/v1/ListInstancesRequest.js';
import type { ListInstancesResponse as _sf_database_v1_ListInstancesResponse, ListInstancesResponse__Output as _sf_database_v1_ListInstancesResponse__Output } from './sf/database/v1/ListInstancesResponse.js';
import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from './sf/database/v1/PageRequest.js';
import type { TransitionInstanceStateRequest as _sf_database_v1_TransitionInstanceStateRequest, TransitionInstanceStateRequest__Output as _sf_database_v1_TransitionInstanceStateRequest__Output } from './sf/database/v1/TransitionInstanceStateRequest.js';
import type { UpdateInstanceRequest as _sf_database_v1_UpdateInstanceRequest, UpdateInstanceRequest__Output as _sf_database_v1_UpdateInstanceRequest__Output } from './sf/database/v1/UpdateInstanceRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sf: {
    database: {
      v1: {
        CreateInstanceRequest: MessageTypeDefinition<_sf_database_v1_CreateInstanceRequest, _sf_database_v1_CreateInstanceRequest__Output>
        DeleteInstanceRequest: MessageTypeDefinition<_sf_database_v1_DeleteInstanceRequest, _sf_database_v1_DeleteInstanceRequest__Output>
        DeleteResponse: MessageTypeDefinition<_sf_database_v1_DeleteResponse, _sf_database_v1_DeleteResponse__Output>
        Disk: MessageTypeDefinition<_sf_database_v1_Disk, _sf_database_v1_Disk__Output>
        FailInstanceCreateRequest: MessageTypeDefinition<_sf_database_v1_FailInstanceCreateRequest, _sf_database_v1_FailInstanceCreateRequest__Output>
        FinishUnplacedDeleteRequest: MessageTypeDefinition<_sf_database_v1_FinishUnplacedDeleteRequest, _sf_database_v1_FinishUnplacedDeleteRequest__Output>
        GetInstanceRequest: MessageTypeDefinition<_sf_database_v1_GetInstanceRequest, _sf_database_v1_GetInstanceRequest__Output>
        GetInstancesRequest: MessageTypeDefinition<_sf_database_v1_GetInstancesRequest, _sf_database_v1_GetInstancesRequest__Output>
        GetInstancesResponse: MessageTypeDefinition<_sf_database_v1_GetInstancesResponse, _sf_database_v1_GetInstancesResponse__Output>
        Instance: MessageTypeDefinition<_sf_database_v1_Instance, _sf_database_v1_Instance__Output>
        InstanceService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_InstanceServiceClient> & { service: _sf_database_v1_InstanceServiceDefinition }
        ListInstancesRequest: MessageTypeDefinition<_sf_database_v1_ListInstancesRequest, _sf_database_v1_ListInstancesRequest__Output>
        ListInstancesResponse: MessageTypeDefinition<_sf_database_v1_ListInstancesResponse, _sf_database_v1_ListInstancesResponse__Output>
        PageRequest: MessageTypeDefinition<_sf_database_v1_PageRequest, _sf_database_v1_PageRequest__Output>
        TransitionInstanceStateRequest: MessageTypeDefinition<_sf_database_v1_TransitionInstanceStateRequest, _sf_database_v1_TransitionInstanceStateRequest__Output>
        UpdateInstanceRequest: MessageTypeDefinition<_sf_database_v1_UpdateInstanceRequest, _sf_database_v1_UpdateInstanceRequest__Output>
      }
    }
  }
}

