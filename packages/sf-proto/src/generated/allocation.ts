import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AllocateManyRequest as _sf_database_v1_AllocateManyRequest, AllocateManyRequest__Output as _sf_database_v1_AllocateManyRequest__Output } from './sf/database/v1/AllocateManyRequest.js';
import type { AllocateManyResponse as _sf_database_v1_AllocateManyResponse, AllocateManyResponse__Output as _sf_database_v1_AllocateManyResponse__Output } from './sf/database/v1/AllocateManyResponse.js';
import type { AllocateOutcome as _sf_database_v1_AllocateOutcome, AllocateOutcome__Output as _sf_database_v1_AllocateOutcome__Output } from './sf/database/v1/AllocateOutcome.js';
import type { AllocateRequest as _sf_database_v1_AllocateRequest, AllocateRequest__Output as _sf_database_v1_AllocateRequest__Output } from './sf/database/v1/AllocateRequest.js';
import type { Allocation as _sf_database_v1_Allocation, Allocation__Output as _sf_database_v1_Allocation__Output } from './sf/database/v1/Allocation.js';
import type { AllocationServiceClient as _sf_database_v1_AllocationServiceClient, AllocationServiceDefinition as _sf_database_v1_AllocationServiceDefinition } from './sf/database/v1/AllocationService.js';
import type { ItemError as _sf_database_v1_ItemError, ItemError__Output as _sf_database_v1_ItemError__Output } from './sf/database/v1/ItemError.js';
import type { ListPoolUsageRequest as _sf_database_v1_ListPoolUsageRequest, ListPoolUsageRequest__Output as _sf_database_v1_ListPoolUsageRequest__Output } from './sf/database/v1/ListPoolUsageRequest.js';
import type { ListPoolUsageResponse as _sf_database_v1_ListPoolUsageResponse, ListPoolUsageResponse__Output as _sf_database_v1_ListPoolUsageResponse__Output } from './sf/database/v1/ListPoolUsageResponse.js';
import type { Owner as _sf_database_v1_Owner, Owner__Output as _sf_database_v1_Owner__Output } from './sf/database/v1/Owner.js';
import type { PoolUsage as _sf_database_v1_PoolUsage, PoolUsage__Output as _sf_database_v1_PoolUsage__Output } from './sf/database/v1/PoolUsage.js';
import type { ReclaimExpiredRequest as _sf_database_v1_ReclaimExpiredRequest, ReclaimExpiredRequest__Output as _sf_database_v1_ReclaimExpiredRequest__Output } from './sf/database/v1/ReclaimExpiredRequest.js';
import type { ReclaimExpiredResponse as _sf_database_v1_ReclaimExpiredResponse, ReclaimExpiredResponse__Output as _sf_database_v1_ReclaimExpiredResponse__Output } from './sf/database/v1/ReclaimExpiredResponse.js';
import type { ReleaseOwnerRequest as _sf_database_v1_ReleaseOwnerRequest, ReleaseOwnerRequest__Output as _sf_database_v1_ReleaseOwnerRequest__Output } from './sf/database/v1/ReleaseOwnerRequest.js';
import type { ReleaseOwnerResponse as _sf_database_v1_ReleaseOwnerResponse, ReleaseOwnerResponse__Output as _sf_database_v1_ReleaseOwnerResponse__Output } from './sf/database/v1/ReleaseOwnerResponse.js';
import type { ReleaseRequest as _sf_database_v1_ReleaseRequest, ReleaseRequest__Output as _sf_database_v1_ReleaseRequest__Output } from './sf/database/v1/ReleaseRequest.js';
import type { ReleaseResponse as _sf_database_v1_ReleaseResponse, ReleaseResponse__Output as _sf_database_v1_ReleaseResponse__Output } from './sf/database/v1/ReleaseResponse.js';
import type { RenewRequest as _sf_database_v1_RenewRequest, RenewRequest__Output as _sf_database_v1_RenewRequest__Output } from './sf/database/v1/RenewRequest.js';
import type { RenewResponse as _sf_database_v1_RenewResponse, RenewResponse__Output as _sf_database_v1_RenewResponse__Output } from './sf/database/v1/RenewResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sf: {
    database: {
      v1: {
        AllocateManyRequest: MessageTypeDefinition<_sf_database_v1_AllocateManyRequest, _sf_database_v1_AllocateManyRequest__Output>
        AllocateManyResponse: MessageTypeDefinition<_sf_database_v1_AllocateManyResponse, _sf_database_v1_AllocateManyResponse__Output>
        AllocateOutcome: MessageTypeDefinition<_sf_database_v1_AllocateOutcome, _sf_database_v1_AllocateOutcome__Output>
        AllocateRequest: MessageTypeDefinition<_sf_database_v1_AllocateRequest, _sf_database_v1_AllocateRequest__Output>
        Allocation: MessageTypeDefinition<_sf_database_v1_Allocation, _sf_database_v1_Allocation__Output>
        AllocationService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_AllocationServiceClient> & { service: _sf_database_v1_AllocationServiceDefinition }
        ItemError: MessageTypeDefinition<_sf_database_v1_ItemError, _sf_database_v1_ItemError__Output>
        ListPoolUsageRequest: MessageTypeDefinition<_sf_database_v1_ListPoolUsageRequest, _sf_database_v1_ListPoolUsageRequest__Output>
        ListPoolUsageResponse: MessageTypeDefinition<_sf_database_v1_ListPoolUsageResponse, _sf_database_v1_ListPoolUsageResponse__Output>
        Owner: MessageTypeDefinition<_sf_database_v1_Owner, _sf_database_v1_Owner__Output>
        PoolUsage: MessageTypeDefinition<_sf_database_v1_PoolUsage, _sf_database_v1_PoolUsage__Output>
        ReclaimExpiredRequest: MessageTypeDefinition<_sf_database_v1_ReclaimExpiredRequest, _sf_database_v1_ReclaimExpiredRequest__Output>
        ReclaimExpiredResponse: MessageTypeDefinition<_sf_database_v1_ReclaimExpiredResponse, _sf_database_v1_ReclaimExpiredResponse__Output>
        ReleaseOwnerRequest: MessageTypeDefinition<_sf_database_v1_ReleaseOwnerRequest, _sf_database_v1_ReleaseOwnerRequest__Output>
        ReleaseOwnerResponse: MessageTypeDefinition<_sf_database_v1_ReleaseOwnerResponse, _sf_database_v1_ReleaseOwnerResponse__Output>
        ReleaseRequest: MessageTypeDefinition<_sf_database_v1_ReleaseRequest, _sf_database_v1_ReleaseRequest__Output>
        ReleaseResponse: MessageTypeDefinition<_sf_database_v1_ReleaseResponse, _sf_database_v1_ReleaseResponse__Output>
        RenewRequest: MessageTypeDefinition<_sf_database_v1_RenewRequest, _sf_database_v1_RenewRequest__Output>
        RenewResponse: MessageTypeDefinition<_sf_database_v1_RenewResponse, _sf_database_v1_RenewResponse__Output>
      }
    }
  }
}

