import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AcquireLockRequest as _sf_database_v1_AcquireLockRequest, AcquireLockRequest__Output as _sf_database_v1_AcquireLockRequest__Output } from './sf/database/v1/AcquireLockRequest.js';
import type { GetLockRequest as _sf_database_v1_GetLockRequest, GetLockRequest__Output as _sf_database_v1_GetLockRequest__Output } from './sf/database/v1/GetLockRequest.js';
import type { ListLocksRequest as _sf_database_v1_ListLocksRequest, ListLocksRequest__Output as _sf_database_v1_ListLocksRequest__Output } from './sf/database/v1/ListLocksRequest.js';
import type { ListLocksResponse as _sf_database_v1_ListLocksResponse, ListLocksResponse__Output as _sf_database_v1_ListLocksResponse__Output } from './sf/database/v1/ListLocksResponse.js';
import type { Lock as _sf_database_v1_Lock, Lock__Output as _sf_database_v1_Lock__Output } from './sf/database/v1/Lock.js';
import type { LockResponse as _sf_database_v1_LockResponse, LockResponse__Output as _sf_database_v1_LockResponse__Output } from './sf/database/v1/LockResponse.js';
import type { LockServiceClient as _sf_database_v1_LockServiceClient, LockServiceDefinition as _sf_database_v1_LockServiceDefinition } from './sf/database/v1/LockService.js';
import type { RefreshLockRequest as _sf_database_v1_RefreshLockRequest, RefreshLockRequest__Output as _sf_database_v1_RefreshLockRequest__Output } from './sf/database/v1/RefreshLockRequest.js';
import type { ReleaseLockRequest as _sf_database_v1_ReleaseLockRequest, ReleaseLockRequest__Output as _sf_database_v1_ReleaseLockRequest__Output } from './sf/database/v1/ReleaseLockRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sf: {
    database: {
      v1: {
        AcquireLockRequest: MessageTypeDefinition<_sf_database_v1_AcquireLockRequest, _sf_database_v1_AcquireLockRequest__Output>
        GetLockRequest: MessageTypeDefinition<_sf_database_v1_GetLockRequest, _sf_database_v1_GetLockRequest__Output>
        ListLocksRequest: MessageTypeDefinition<_sf_database_v1_ListLocksRequest, _sf_database_v1_ListLocksRequest__Output>
        ListLocksResponse: MessageTypeDefinition<_sf_database_v1_ListLocksResponse, _sf_database_v1_ListLocksResponse__Output>
        Lock: MessageTypeDefinition<_sf_database_v1_Lock, _sf_database_v1_Lock__Output>
        LockResponse: MessageTypeDefinition<_sf_database_v1_LockResponse, _sf_database_v1_LockResponse__Output>
        LockService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_LockServiceClient> & { service: _sf_database_v1_LockServiceDefinition }
        RefreshLockRequest: MessageTypeDefinition<_sf_database_v1_RefreshLockRequest, _sf_database_v1_RefreshLockRequest__Output>
        ReleaseLockRequest: MessageTypeDefinition<_sf_database_v1_ReleaseLockRequest, _sf_database_v1_ReleaseLockRequest__Output>
      }
    }
  }
}

