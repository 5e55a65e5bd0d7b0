// Original file: proto/sf/database/v1/allocation.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AllocateManyRequest as _sf_database_v1_AllocateManyRequest, AllocateManyRequest__Output as _sf_database_v1_AllocateManyRequest__Output } from '../../../sf/database/v1/AllocateManyRequest.js';
import type { AllocateManyResponse as _sf_database_v1_AllocateManyResponse, AllocateManyResponse__Output as _sf_database_v1_AllocateManyResponse__Output } from '../../../sf/database/v1/AllocateManyResponse.js';
import type { AllocateRequest as _sf_database_v1_AllocateRequest, AllocateRequest__Output as _sf_database_v1_AllocateRequest__Output } from '../../../sf/database/v1/AllocateRequest.js';
import type { Allocation as _sf_database_v1_Allocation, Allocation__Output as _sf_database_v1_Allocation__Output } from '../../../sf/database/v1/Allocation.js';
import type { ListPoolUsageRequest as _sf_database_v1_ListPoolUsageRequest, ListPoolUsageRequest__Output as _sf_database_v1_ListPoolUsageRequest__Output } from '../../../sf/database/v1/ListPoolUsageRequest.js';
import type { ListPoolUsageResponse as _sf_database_v1_ListPoolUsageResponse, ListPoolUsageResponse__Output as _sf_database_v1_ListPoolUsageResponse__Output } from '../../../sf/database/v1/ListPoolUsageResponse.js';
import type { ReclaimExpiredRequest as _sf_database_v1_ReclaimExpiredRequest, ReclaimExpiredRequest__Output as _sf_database_v1_ReclaimExpiredRequest__Output } from '../../../sf/database/v1/ReclaimExpiredRequest.js';
import type { ReclaimExpiredResponse as _sf_database_v1_ReclaimExpiredResponse, ReclaimExpiredResponse__Output as _sf_database_v1_ReclaimExpiredResponse__Output } from '../../../sf/database/v1/ReclaimExpiredResponse.js';
import type { ReleaseOwnerRequest as _sf_database_v1_ReleaseOwnerRequest, ReleaseOwnerRequest__Output as _sf_database_v1_ReleaseOwnerRequest__Output } from '../../../sf/database/v1/ReleaseOwnerRequest.js';
import type { ReleaseOwnerResponse as _sf_database_v1_ReleaseOwnerResponse, ReleaseOwnerResponse__Output as _sf_database_v1_ReleaseOwnerResponse__Output } from '../../../sf/database/v1/ReleaseOwnerResponse.js';
import type { ReleaseRequest as _sf_database_v1_ReleaseRequest, ReleaseRequest__Output as _sf_database_v1_ReleaseRequest__Output } from '../../../sf/database/v1/ReleaseRequest.js';
import type { ReleaseResponse as _sf_database_v1_ReleaseResponse, ReleaseResponse__Output as _sf_database_v1_ReleaseResponse__Output } from '../../../sf/database/v1/ReleaseResponse.js';
import type { RenewRequest as _sf_database_v1_RenewRequest, RenewRequest__Output as _sf_database_v1_RenewRequest__Output } from '../../../sf/database/v1/RenewRequest.js';
import type { RenewResponse as _sf_database_v1_RenewResponse, RenewResponse__Output as _sf_database_v1_RenewResponse__Output } from '../../../sf/database/v1/RenewResponse.js';

export interface AllocationServiceClient extends grpc.Client {
  Allocate(argument: _sf_database_v1_AllocateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Allocation__Output>): grpc.ClientUnaryCall;
  Allocate(argument: _sf_database_v1_AllocateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Allocation__Output>): grpc.ClientUnaryCall;
  Allocate(argument: _sf_database_v1_AllocateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Allocation__Output>): grpc.ClientUnaryCall;
  Allocate(argument: _sf_database_v1_AllocateRequest, callback: grpc.requestCallback<_sf_database_v1_Allocation__Output>): grpc.ClientUnaryCall;
  allocate(argument: _sf_database_v1_AllocateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Allocation__Output>): grpc.ClientUnaryCall;
  allocate(argument: _sf_database_v1_AllocateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Allocation__Output>): grpc.ClientUnaryCall;
  allocate(argument: _sf_database_v1_AllocateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Allocation__Output>): grpc.ClientUnaryCall;
  allocate(argument: _sf_database_v1_AllocateRequest, callback: grpc.requestCallback<_sf_database_v1_Allocation__Output>): grpc.ClientUnaryCall;
  
  AllocateMany(argument: _sf_database_v1_AllocateManyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_AllocateManyResponse__Output>): grpc.ClientUnaryCall;
  AllocateMany(argument: _sf_database_v1_AllocateManyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_AllocateManyResponse__Output>): grpc.ClientUnaryCall;
  AllocateMany(argument: _sf_database_v1_AllocateManyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_AllocateManyResponse__Output>): grpc.ClientUnaryCall;
  AllocateMany(argument: _sf_database_v1_AllocateManyRequest, callback: grpc.requestCallback<_sf_database_v1_AllocateManyResponse__Output>): grpc.ClientUnaryCall;
  allocateMany(argument: _sf_database_v1_AllocateManyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_AllocateManyResponse__Output>): grpc.ClientUnaryCall;
  allocateMany(argument: _sf_database_v1_AllocateManyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_AllocateManyResponse__Output>): grpc.ClientUnaryCall;
  allocateMany(argument: _sf_database_v1_AllocateManyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_AllocateManyResponse__Output>): grpc.ClientUnaryCall;
  allocateMany(argument: _sf_database_v1_AllocateManyRequest, callback: grpc.requestCallback<_sf_database_v1_AllocateManyResponse__Output>): grpc.ClientUnaryCall;
  
  ListPoolUsage(argument: _sf_database_v1_ListPoolUsageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListPoolUsageResponse__Output>): grpc.ClientUnaryCall;
  ListPoolUsage(argument: _sf_database_v1_ListPoolUsageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListPoolUsageResponse__Output>): grpc.ClientUnaryCall;
  ListPoolUsage(argument: _sf_database_v1_ListPoolUsageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListPoolUsageResponse__Output>): grpc.ClientUnaryCall;
  ListPoolUsage(argument: _sf_database_v1_ListPoolUsageRequest, callback: grpc.requestCallback<_sf_database_v1_ListPoolUsageResponse__Output>): grpc.ClientUnaryCall;
  listPoolUsage(argument: _sf_database_v1_ListPoolUsageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListPoolUsageResponse__Output>): grpc.ClientUnaryCall;
  listPoolUsage(argument: _sf_database_v1_ListPoolUsageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListPoolUsageResponse__Output>): grpc.ClientUnaryCall;
  listPoolUsage(argument: _sf_database_v1_ListPoolUsageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListPoolUsageResponse__Output>): grpc.ClientUnaryCall;
  listPoolUsage(argument: _sf_database_v1_ListPoolUsageRequest, callback: grpc.requestCallback<_sf_database_v1_ListPoolUsageResponse__Output>): grpc.ClientUnaryCall;
  
  ReclaimExpired(argument: _sf_database_v1_ReclaimExpiredRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReclaimExpiredResponse__Output>): grpc.ClientUnaryCall;
  ReclaimExpired(argument: _sf_database_v1_ReclaimExpiredRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ReclaimExpiredResponse__Output>): grpc.ClientUnaryCall;
  ReclaimExpired(argument: _sf_database_v1_ReclaimExpiredRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReclaimExpiredResponse__Output>): grpc.ClientUnaryCall;
  ReclaimExpired(argument: _sf_database_v1_ReclaimExpiredRequest, callback: grpc.requestCallback<_sf_database_v1_ReclaimExpiredResponse__Output>): grpc.ClientUnaryCall;
  reclaimExpired(argument: _sf_database_v1_ReclaimExpiredRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReclaimExpiredResponse__Output>): grpc.ClientUnaryCall;
  reclaimExpired(argument: _sf_database_v1_ReclaimExpiredRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ReclaimExpiredResponse__Output>): grpc.ClientUnaryCall;
  reclaimExpired(argument: _sf_database_v1_ReclaimExpiredRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReclaimExpiredResponse__Output>): grpc.ClientUnaryCall;
  reclaimExpired(argument: _sf_database_v1_ReclaimExpiredRequest, callback: grpc.requestCallback<_sf_database_v1_ReclaimExpiredResponse__Output>): grpc.ClientUnaryCall;
  
  Release(argument: _sf_database_v1_ReleaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReleaseResponse__Output>): grpc.ClientUnaryCall;
  Release(argument: _sf_database_v1_ReleaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ReleaseResponse__Output>): grpc.ClientUnaryCall;
  Release(argument: _sf_database_v1_ReleaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReleaseResponse__Output>): grpc.ClientUnaryCall;
  Release(argument: _sf_database_v1_ReleaseRequest, callback: grpc.requestCallback<_sf_database_v1_ReleaseResponse__Output>): grpc.ClientUnaryCall;
  release(argument: _sf_database_v1_ReleaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReleaseResponse__Output>): grpc.ClientUnaryCall;
  release(argument: _sf_database_v1_ReleaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ReleaseResponse__Output>): grpc.ClientUnaryCall;
  release(argument: _sf_database_v1_ReleaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReleaseResponse__Output>): grpc.ClientUnaryCall;
  release(argument: _sf_database_v1_ReleaseRequest, callback: grpc.requestCallback<_sf_database_v1_ReleaseResponse__Output>): grpc.ClientUnaryCall;
  
  ReleaseOwner(argument: _sf_database_v1_ReleaseOwnerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReleaseOwnerResponse__Output>): grpc.ClientUnaryCall;
  ReleaseOwner(argument: _sf_database_v1_ReleaseOwnerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ReleaseOwnerResponse__Output>): grpc.ClientUnaryCall;
  ReleaseOwner(argument: _sf_database_v1_ReleaseOwnerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReleaseOwnerResponse__Output>): grpc.ClientUnaryCall;
  ReleaseOwner(argument: _sf_database_v1_ReleaseOwnerRequest, callback: grpc.requestCallback<_sf_database_v1_ReleaseOwnerResponse__Output>): grpc.ClientUnaryCall;
  releaseOwner(argument: _sf_database_v1_ReleaseOwnerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReleaseOwnerResponse__Output>): grpc.ClientUnaryCall;
  releaseOwner(argument: _sf_database_v1_ReleaseOwnerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ReleaseOwnerResponse__Output>): grpc.ClientUnaryCall;
  releaseOwner(argument: _sf_database_v1_ReleaseOwnerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReleaseOwnerResponse__Output>): grpc.ClientUnaryCall;
  releaseOwner(argument: _sf_database_v1_ReleaseOwnerRequest, callback: grpc.requestCallback<_sf_database_v1_ReleaseOwnerResponse__Output>): grpc.ClientUnaryCall;
  
  Renew(argument: _sf_database_v1_RenewRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_RenewResponse__Output>): grpc.ClientUnaryCall;
  Renew(argument: _sf_database_v1_RenewRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_RenewResponse__Output>): grpc.ClientUnaryCall;
  Renew(argument: _sf_database_v1_RenewRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_RenewResponse__Output>): grpc.ClientUnaryCall;
  Renew(argument: _sf_database_v1_RenewRequest, callback: grpc.requestCallback<_sf_database_v1_RenewResponse__Output>): grpc.ClientUnaryCall;
  renew(argument: _sf_database_v1_RenewRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_RenewResponse__Output>): grpc.ClientUnaryCall;
  renew(argument: _sf_database_v1_RenewRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_RenewResponse__Output>): grpc.ClientUnaryCall;
  renew(argument: _sf_database_v1_RenewRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_RenewResponse__Output>): grpc.ClientUnaryCall;
  renew(argument: _sf_database_v1_RenewRequest, callback: grpc.requestCallback<_sf_database_v1_RenewResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface AllocationServiceHandlers extends grpc.UntypedServiceImplementation {
  Allocate: grpc.handleUnaryCall<_sf_database_v1_AllocateRequest__Output, _sf_database_v1_Allocation>;
  
  AllocateMany: grpc.handleUnaryCall<_sf_database_v1_AllocateManyRequest__Output, _sf_database_v1_AllocateManyResponse>;
  
  ListPoolUsage: grpc.handleUnaryCall<_sf_database_v1_ListPoolUsageRequest__Output, _sf_database_v1_ListPoolUsageResponse>;
  
  ReclaimExpired: grpc.handleUnaryCall<_sf_database_v1_ReclaimExpiredRequest__Output, _sf_database_v1_ReclaimExpiredResponse>;
  
  Release: grpc.handleUnaryCall<_sf_database_v1_ReleaseRequest__Output, _sf_database_v1_ReleaseResponse>;
  
  ReleaseOwner: grpc.handleUnaryCall<_sf_database_v1_ReleaseOwnerRequest__Output, _sf_database_v1_ReleaseOwnerResponse>;
  
  Renew: grpc.handleUnaryCall<_sf_database_v1_RenewRequest__Output, _sf_database_v1_RenewResponse>;
  
}

export interface AllocationServiceDefinition extends grpc.ServiceDefinition {
  Allocate: MethodDefinition<_sf_database_v1_AllocateRequest, _sf_database_v1_Allocation, _sf_database_v1_AllocateRequest__Output, _sf_database_v1_Allocation__Output>
  AllocateMany: MethodDefinition<_sf_database_v1_AllocateManyRequest, _sf_database_v1_AllocateManyResponse, _sf_database_v1_AllocateManyRequest__Output, _sf_database_v1_AllocateManyResponse__Output>
  ListPoolUsage: MethodDefinition<_sf_database_v1_ListPoolUsageRequest, _sf_database_v1_ListPoolUsageResponse, _sf_database_v1_ListPoolUsageRequest__Output, _sf_database_v1_ListPoolUsageResponse__Output>
  ReclaimExpired: MethodDefinition<_sf_database_v1_ReclaimExpiredRequest, _sf_database_v1_ReclaimExpiredResponse, _sf_database_v1_ReclaimExpiredRequest__Output, _sf_database_v1_ReclaimExpiredResponse__Output>
  Release: MethodDefinition<_sf_database_v1_ReleaseRequest, _sf_database_v1_ReleaseResponse, _sf_database_v1_ReleaseRequest__Output, _sf_database_v1_ReleaseResponse__Output>
  ReleaseOwner: MethodDefinition<_sf_database_v1_ReleaseOwnerRequest, _sf_database_v1_ReleaseOwnerResponse, _sf_database_v1_ReleaseOwnerRequest__Output, _sf_database_v1_ReleaseOwnerResponse__Output>
  Renew: MethodDefinition<_sf_database_v1_RenewRequest, _sf_database_v1_RenewResponse, _sf_database_v1_RenewRequest__Output, _sf_database_v1_RenewResponse__Output>
}
