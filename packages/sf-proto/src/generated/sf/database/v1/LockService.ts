// Original file: proto/sf/database/v1/lock.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AcquireLockRequest as _sf_database_v1_AcquireLockRequest, AcquireLockRequest__Output as _sf_database_v1_AcquireLockRequest__Output } from '../../../sf/database/v1/AcquireLockRequest.js';
import type { GetLockRequest as _sf_database_v1_GetLockRequest, GetLockRequest__Output as _sf_database_v1_GetLockRequest__Output } from '../../../sf/database/v1/GetLockRequest.js';
import type { ListLocksRequest as _sf_database_v1_ListLocksRequest, ListLocksRequest__Output as _sf_database_v1_ListLocksRequest__Output } from '../../../sf/database/v1/ListLocksRequest.js';
import type { ListLocksResponse as _sf_database_v1_ListLocksResponse, ListLocksResponse__Output as _sf_database_v1_ListLocksResponse__Output } from '../../../sf/database/v1/ListLocksResponse.js';
import type { LockResponse as _sf_database_v1_LockResponse, LockResponse__Output as _sf_database_v1_LockResponse__Output } from '../../../sf/database/v1/LockResponse.js';
import type { RefreshLockRequest as _sf_database_v1_RefreshLockRequest, RefreshLockRequest__Output as _sf_database_v1_RefreshLockRequest__Output } from '../../../sf/database/v1/RefreshLockRequest.js';
import type { ReleaseLockRequest as _sf_database_v1_ReleaseLockRequest, ReleaseLockRequest__Output as _sf_database_v1_ReleaseLockRequest__Output } from '../../../sf/database/v1/ReleaseLockRequest.js';

export interface LockServiceClient extends grpc.Client {
  AcquireLock(argument: _sf_database_v1_AcquireLockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  AcquireLock(argument: _sf_database_v1_AcquireLockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  AcquireLock(argument: _sf_database_v1_AcquireLockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  AcquireLock(argument: _sf_database_v1_AcquireLockRequest, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  acquireLock(argument: _sf_database_v1_AcquireLockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  acquireLock(argument: _sf_database_v1_AcquireLockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  acquireLock(argument: _sf_database_v1_AcquireLockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  acquireLock(argument: _sf_database_v1_AcquireLockRequest, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  
  GetLock(argument: _sf_database_v1_GetLockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  GetLock(argument: _sf_database_v1_GetLockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  GetLock(argument: _sf_database_v1_GetLockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  GetLock(argument: _sf_database_v1_GetLockRequest, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  getLock(argument: _sf_database_v1_GetLockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  getLock(argument: _sf_database_v1_GetLockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  getLock(argument: _sf_database_v1_GetLockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  getLock(argument: _sf_database_v1_GetLockRequest, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  
  ListLocks(argument: _sf_database_v1_ListLocksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListLocksResponse__Output>): grpc.ClientUnaryCall;
  ListLocks(argument: _sf_database_v1_ListLocksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListLocksResponse__Output>): grpc.ClientUnaryCall;
  ListLocks(argument: _sf_database_v1_ListLocksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListLocksResponse__Output>): grpc.ClientUnaryCall;
  ListLocks(argument: _sf_database_v1_ListLocksRequest, callback: grpc.requestCallback<_sf_database_v1_ListLocksResponse__Output>): grpc.ClientUnaryCall;
  listLocks(argument: _sf_database_v1_ListLocksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListLocksResponse__Output>): grpc.ClientUnaryCall;
  listLocks(argument: _sf_database_v1_ListLocksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListLocksResponse__Output>): grpc.ClientUnaryCall;
  listLocks(argument: _sf_database_v1_ListLocksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListLocksResponse__Output>): grpc.ClientUnaryCall;
  listLocks(argument: _sf_database_v1_ListLocksRequest, callback: grpc.requestCallback<_sf_database_v1_ListLocksResponse__Output>): grpc.ClientUnaryCall;
  
  RefreshLock(argument: _sf_database_v1_RefreshLockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  RefreshLock(argument: _sf_database_v1_RefreshLockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  RefreshLock(argument: _sf_database_v1_RefreshLockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  RefreshLock(argument: _sf_database_v1_RefreshLockRequest, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  refreshLock(argument: _sf_database_v1_RefreshLockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  refreshLock(argument: _sf_database_v1_RefreshLockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  refreshLock(argument: _sf_database_v1_RefreshLockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  refreshLock(argument: _sf_database_v1_RefreshLockRequest, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  
  ReleaseLock(argument: _sf_database_v1_ReleaseLockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  ReleaseLock(argument: _sf_database_v1_ReleaseLockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  ReleaseLock(argument: _sf_database_v1_ReleaseLockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  ReleaseLock(argument: _sf_database_v1_ReleaseLockRequest, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  releaseLock(argument: _sf_database_v1_ReleaseLockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  releaseLock(argument: _sf_database_v1_ReleaseLockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  releaseLock(argument: _sf_database_v1_ReleaseLockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  releaseLock(argument: _sf_database_v1_ReleaseLockRequest, callback: grpc.requestCallback<_sf_database_v1_LockResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface LockServiceHandlers extends grpc.UntypedServiceImplementation {
  AcquireLock: grpc.handleUnaryCall<_sf_database_v1_AcquireLockRequest__Output, _sf_database_v1_LockResponse>;
  
  GetLock: grpc.handleUnaryCall<_sf_database_v1_GetLockRequest__Output, _sf_database_v1_LockResponse>;
  
  ListLocks: grpc.handleUnaryCall<_sf_database_v1_ListLocksRequest__Output, _sf_database_v1_ListLocksResponse>;
  
  RefreshLock: grpc.handleUnaryCall<_sf_database_v1_RefreshLockRequest__Output, _sf_database_v1_LockResponse>;
  
  ReleaseLock: grpc.handleUnaryCall<_sf_database_v1_ReleaseLockRequest__Output, _sf_database_v1_LockResponse>;
  
}

export interface LockServiceDefinition extends grpc.ServiceDefinition {
  AcquireLock: MethodDefinition<_sf_database_v1_AcquireLockRequest, _sf_database_v1_LockResponse, _sf_database_v1_AcquireLockRequest__Output, _sf_database_v1_LockResponse__Output>
  GetLock: MethodDefinition<_sf_database_v1_GetLockRequest, _sf_database_v1_LockResponse, _sf_database_v1_GetLockRequest__Output, _sf_database_v1_LockResponse__Output>
  ListLocks: MethodDefinition<_sf_database_v1_ListLocksRequest, _sf_database_v1_ListLocksResponse, _sf_database_v1_ListLocksRequest__Output, _sf_database_v1_ListLocksResponse__Output>
  RefreshLock: MethodDefinition<_sf_database_v1_RefreshLockRequest, _sf_database_v1_LockResponse, _sf_database_v1_RefreshLockRequest__Output, _sf_database_v1_LockResponse__Output>
  ReleaseLock: MethodDefinition<_sf_database_v1_ReleaseLockRequest, _sf_database_v1_LockResponse, _sf_database_v1_ReleaseLockRequest__Output, _sf_database_v1_LockResponse__Output>
}
