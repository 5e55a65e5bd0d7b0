import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AllocateManyRequest as _sf_database_v1_AllocateManyRequest, AllocateManyRequest__Output as _sf_database_v1_AllocateManyRequest__Output } from './sf/database/v1/AllocateManyRequest.js';
import type { AllocateManyResponse as _sf_database_v1_AllocateManyResponse, AllocateManyResponse__Output as _sf_database_v1_AllocateManyResponse__Output } from './sf/database/v1/AllocateManyResponse.js';
import type { AllocateOutcome as _sf_database_v1_AllocateOutcome, AllocateOutcome__Output as _sf_database_v1_AllocateOutcome__Output } from './sf/database/v1/AllocateOutcome.js';
import type { AllocateRequest as _sf_database_v1_AllocateRequest, AllocateRequest__Output as _sf_database_v1_AllocateRequest__Output } from './sf/database/v1/AllocateRequest.js';
import type { Allocation as _sf_database_v1_Allocation, Allocation__Output as _sf_database_v1_Allocation__Output } from './sf/database/v1/Allocation.js';
import type { AllocationServiceClient as _sf_database_v1_AllocationServiceClient, AllocationServiceDefinition as _sf_database_v1_AllocationServiceDefinition } from './sf/database/v1/AllocationService.js';
import type { Capacity as _sf_database_v1_Capacity, Capacity__Output as _sf_database_v1_Capacity__Output } from './sf/database/v1/Capacity.js';
import type { CounterDrift as _sf_database_v1_CounterDrift, CounterDrift__Output as _sf_database_v1_CounterDrift__Output } from './sf/database/v1/CounterDrift.js';
import type { Demand as _sf_database_v1_Demand, Demand__Output as _sf_database_v1_Demand__Output } from './sf/database/v1/Demand.js';
import type { GetReservationResponse as _sf_database_v1_GetReservationResponse, GetReservationResponse__Output as _sf_database_v1_GetReservationResponse__Output } from './sf/database/v1/GetReservationResponse.js';
import type { HeldReservation as _sf_database_v1_HeldReservation, HeldReservation__Output as _sf_database_v1_HeldReservation__Output } from './sf/database/v1/HeldReservation.js';
import type { ItemError as _sf_database_v1_ItemError, ItemError__Output as _sf_database_v1_ItemError__Output } from './sf/database/v1/ItemError.js';
import type { ListCandidatesRequest as _sf_database_v1_ListCandidatesRequest, ListCandidatesRequest__Output as _sf_database_v1_ListCandidatesRequest__Output } from './sf/database/v1/ListCandidatesRequest.js';
import type { ListCandidatesResponse as _sf_database_v1_ListCandidatesResponse, ListCandidatesResponse__Output as _sf_database_v1_ListCandidatesResponse__Output } from './sf/database/v1/ListCandidatesResponse.js';
import type { ListHeldReservationsRequest as _sf_database_v1_ListHeldReservationsRequest, ListHeldReservationsRequest__Output as _sf_database_v1_ListHeldReservationsRequest__Output } from './sf/database/v1/ListHeldReservationsRequest.js';
import type { ListHeldReservationsResponse as _sf_database_v1_ListHeldReservationsResponse, ListHeldReservationsResponse__Output as _sf_database_v1_ListHeldReservationsResponse__Output } from './sf/database/v1/ListHeldReservationsResponse.js';
import type { ListPoolUsageRequest as _sf_database_v1_ListPoolUsageRequest, ListPoolUsageRequest__Output as _sf_database_v1_ListPoolUsageRequest__Output } from './sf/database/v1/ListPoolUsageRequest.js';
import type { ListPoolUsageResponse as _sf_database_v1_ListPoolUsageResponse, ListPoolUsageResponse__Output as _sf_database_v1_ListPoolUsageResponse__Output } from './sf/database/v1/ListPoolUsageResponse.js';
import type { NodeCandidate as _sf_database_v1_NodeCandidate, NodeCandidate__Output as _sf_database_v1_NodeCandidate__Output } from './sf/database/v1/NodeCandidate.js';
import type { OkResponse as _sf_database_v1_OkResponse, OkResponse__Output as _sf_database_v1_OkResponse__Output } from './sf/database/v1/OkResponse.js';
import type { Owner as _sf_database_v1_Owner, Owner__Output as _sf_database_v1_Owner__Output } from './sf/database/v1/Owner.js';
import type { PlaceInstancesRequest as _sf_database_v1_PlaceInstancesRequest, PlaceInstancesRequest__Output as _sf_database_v1_PlaceInstancesRequest__Output } from './sf/database/v1/PlaceInstancesRequest.js';
import type { PlaceInstancesResponse as _sf_database_v1_PlaceInstancesResponse, PlaceInstancesResponse__Output as _sf_database_v1_PlaceInstancesResponse__Output } from './sf/database/v1/PlaceInstancesResponse.js';
import type { PlaceManyRequest as _sf_database_v1_PlaceManyRequest, PlaceManyRequest__Output as _sf_database_v1_PlaceManyRequest__Output } from './sf/database/v1/PlaceManyRequest.js';
import type { PlaceManyResponse as _sf_database_v1_PlaceManyResponse, PlaceManyResponse__Output as _sf_database_v1_PlaceManyResponse__Output } from './sf/database/v1/PlaceManyResponse.js';
import type { PlaceOutcome as _sf_database_v1_PlaceOutcome, PlaceOutcome__Output as _sf_database_v1_PlaceOutcome__Output } from './sf/database/v1/PlaceOutcome.js';
import type { Placement as _sf_database_v1_Placement, Placement__Output as _sf_database_v1_Placement__Output } from './sf/database/v1/Placement.js';
import type { PoolUsage as _sf_database_v1_PoolUsage, PoolUsage__Output as _sf_database_v1_PoolUsage__Output } from './sf/database/v1/PoolUsage.js';
import type { ReapExpiredReservationsRequest as _sf_database_v1_ReapExpiredReservationsRequest, ReapExpiredReservationsRequest__Output as _sf_database_v1_ReapExpiredReservationsRequest__Output } from './sf/database/v1/ReapExpiredReservationsRequest.js';
import type { ReapExpiredReservationsResponse as _sf_database_v1_ReapExpiredReservationsResponse, ReapExpiredReservationsResponse__Output as _sf_database_v1_ReapExpiredReservationsResponse__Output } from './sf/database/v1/ReapExpiredReservationsResponse.js';
import type { ReclaimExpiredRequest as _sf_database_v1_ReclaimExpiredRequest, ReclaimExpiredRequest__Output as _sf_database_v1_ReclaimExpiredRequest__Output } from './sf/database/v1/ReclaimExpiredRequest.js';
import type { ReclaimExpiredResponse as _sf_database_v1_ReclaimExpiredResponse, ReclaimExpiredResponse__Output as _sf_database_v1_ReclaimExpiredResponse__Output } from './sf/database/v1/ReclaimExpiredResponse.js';
import type { ReconcileCapacityRequest as _sf_database_v1_ReconcileCapacityRequest, ReconcileCapacityRequest__Output as _sf_database_v1_ReconcileCapacityRequest__Output } from './sf/database/v1/ReconcileCapacityRequest.js';
import type { ReconcileCapacityResponse as _sf_database_v1_ReconcileCapacityResponse, ReconcileCapacityResponse__Output as _sf_database_v1_ReconcileCapacityResponse__Output } from './sf/database/v1/ReconcileCapacityResponse.js';
import type { ReleaseOwnerRequest as _sf_database_v1_ReleaseOwnerRequest, ReleaseOwnerRequest__Output as _sf_database_v1_ReleaseOwnerRequest__Output } from './sf/database/v1/ReleaseOwnerRequest.js';
import type { ReleaseOwnerResponse as _sf_database_v1_ReleaseOwnerResponse, ReleaseOwnerResponse__Output as _sf_database_v1_ReleaseOwnerResponse__Output } from './sf/database/v1/ReleaseOwnerResponse.js';
import type { ReleaseRequest as _sf_database_v1_ReleaseRequest, ReleaseRequest__Output as _sf_database_v1_ReleaseRequest__Output } from './sf/database/v1/ReleaseRequest.js';
import type { ReleaseReservationResponse as _sf_database_v1_ReleaseReservationResponse, ReleaseReservationResponse__Output as _sf_database_v1_ReleaseReservationResponse__Output } from './sf/database/v1/ReleaseReservationResponse.js';
import type { ReleaseResponse as _sf_database_v1_ReleaseResponse, ReleaseResponse__Output as _sf_database_v1_ReleaseResponse__Output } from './sf/database/v1/ReleaseResponse.js';
import type { RenewRequest as _sf_database_v1_RenewRequest, RenewRequest__Output as _sf_database_v1_RenewRequest__Output } from './sf/database/v1/RenewRequest.js';
import type { RenewResponse as _sf_database_v1_RenewResponse, RenewResponse__Output as _sf_database_v1_RenewResponse__Output } from './sf/database/v1/RenewResponse.js';
import type { ReservationRequest as _sf_database_v1_ReservationRequest, ReservationRequest__Output as _sf_database_v1_ReservationRequest__Output } from './sf/database/v1/ReservationRequest.js';
import type { SchedulingServiceClient as _sf_database_v1_SchedulingServiceClient, SchedulingServiceDefinition as _sf_database_v1_SchedulingServiceDefinition } from './sf/database/v1/SchedulingService.js';
import type { SetNodeLimitsRequest as _sf_database_v1_SetNodeLimitsRequest, SetNodeLimitsRequest__Output as _sf_database_v1_SetNodeLimitsRequest__Output } from './sf/database/v1/SetNodeLimitsRequest.js';
import type { SetQuotaRequest as _sf_database_v1_SetQuotaRequest, SetQuotaRequest__Output as _sf_database_v1_SetQuotaRequest__Output } from './sf/database/v1/SetQuotaRequest.js';

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
        Capacity: MessageTypeDefinition<_sf_database_v1_Capacity, _sf_database_v1_Capacity__Output>
        CounterDrift: MessageTypeDefinition<_sf_database_v1_CounterDrift, _sf_database_v1_CounterDrift__Output>
        Demand: MessageTypeDefinition<_sf_database_v1_Demand, _sf_database_v1_Demand__Output>
        GetReservationResponse: MessageTypeDefinition<_sf_database_v1_GetReservationResponse, _sf_database_v1_GetReservationResponse__Output>
        HeldReservation: MessageTypeDefinition<_sf_database_v1_HeldReservation, _sf_database_v1_HeldReservation__Output>
        ItemError: MessageTypeDefinition<_sf_database_v1_ItemError, _sf_database_v1_ItemError__Output>
        ListCandidatesRequest: MessageTypeDefinition<_sf_database_v1_ListCandidatesRequest, _sf_database_v1_ListCandidatesRequest__Output>
        ListCandidatesResponse: MessageTypeDefinition<_sf_database_v1_ListCandidatesResponse, _sf_database_v1_ListCandidatesResponse__Output>
        ListHeldReservationsRequest: MessageTypeDefinition<_sf_database_v1_ListHeldReservationsRequest, _sf_database_v1_ListHeldReservationsRequest__Output>
        ListHeldReservationsResponse: MessageTypeDefinition<_sf_database_v1_ListHeldReservationsResponse, _sf_database_v1_ListHeldReservationsResponse__Output>
        ListPoolUsageRequest: MessageTypeDefinition<_sf_database_v1_ListPoolUsageRequest, _sf_database_v1_ListPoolUsageRequest__Output>
        ListPoolUsageResponse: MessageTypeDefinition<_sf_database_v1_ListPoolUsageResponse, _sf_database_v1_ListPoolUsageResponse__Output>
        NodeCandidate: MessageTypeDefinition<_sf_database_v1_NodeCandidate, _sf_database_v1_NodeCandidate__Output>
        OkResponse: MessageTypeDefinition<_sf_database_v1_OkResponse, _sf_database_v1_OkResponse__Output>
        Owner: MessageTypeDefinition<_sf_database_v1_Owner, _sf_database_v1_Owner__Output>
        PlaceInstancesRequest: MessageTypeDefinition<_sf_database_v1_PlaceInstancesRequest, _sf_database_v1_PlaceInstancesRequest__Output>
        PlaceInstancesResponse: MessageTypeDefinition<_sf_database_v1_PlaceInstancesResponse, _sf_database_v1_PlaceInstancesResponse__Output>
        PlaceManyRequest: MessageTypeDefinition<_sf_database_v1_PlaceManyRequest, _sf_database_v1_PlaceManyRequest__Output>
        PlaceManyResponse: MessageTypeDefinition<_sf_database_v1_PlaceManyResponse, _sf_database_v1_PlaceManyResponse__Output>
        PlaceOutcome: MessageTypeDefinition<_sf_database_v1_PlaceOutcome, _sf_database_v1_PlaceOutcome__Output>
        Placement: MessageTypeDefinition<_sf_database_v1_Placement, _sf_database_v1_Placement__Output>
        PoolUsage: MessageTypeDefinition<_sf_database_v1_PoolUsage, _sf_database_v1_PoolUsage__Output>
        ReapExpiredReservationsRequest: MessageTypeDefinition<_sf_database_v1_ReapExpiredReservationsRequest, _sf_database_v1_ReapExpiredReservationsRequest__Output>
        ReapExpiredReservationsResponse: MessageTypeDefinition<_sf_database_v1_ReapExpiredReservationsResponse, _sf_database_v1_ReapExpiredReservationsResponse__Output>
        ReclaimExpiredRequest: MessageTypeDefinition<_sf_database_v1_ReclaimExpiredRequest, _sf_database_v1_ReclaimExpiredRequest__Output>
        ReclaimExpiredResponse: MessageTypeDefinition<_sf_database_v1_ReclaimExpiredResponse, _sf_database_v1_ReclaimExpiredResponse__Output>
        ReconcileCapacityRequest: MessageTypeDefinition<_sf_database_v1_ReconcileCapacityRequest, _sf_database_v1_ReconcileCapacityRequest__Output>
        ReconcileCapacityResponse: MessageTypeDefinition<_sf_database_v1_ReconcileCapacityResponse, _sf_database_v1_ReconcileCapacityResponse__Output>
        ReleaseOwnerRequest: MessageTypeDefinition<_sf_database_v1_ReleaseOwnerRequest, _sf_database_v1_ReleaseOwnerRequest__Output>
        ReleaseOwnerResponse: MessageTypeDefinition<_sf_database_v1_ReleaseOwnerResponse, _sf_database_v1_ReleaseOwnerResponse__Output>
        ReleaseRequest: MessageTypeDefinition<_sf_database_v1_ReleaseRequest, _sf_database_v1_ReleaseRequest__Output>
        ReleaseReservationResponse: MessageTypeDefinition<_sf_database_v1_ReleaseReservationResponse, _sf_database_v1_ReleaseReservationResponse__Output>
        ReleaseResponse: MessageTypeDefinition<_sf_database_v1_ReleaseResponse, _sf_database_v1_ReleaseResponse__Output>
        RenewRequest: MessageTypeDefinition<_sf_database_v1_RenewRequest, _sf_database_v1_RenewRequest__Output>
        RenewResponse: MessageTypeDefinition<_sf_database_v1_RenewResponse, _sf_database_v1_RenewResponse__Output>
        ReservationRequest: MessageTypeDefinition<_sf_database_v1_ReservationRequest, _sf_database_v1_ReservationRequest__Output>
        SchedulingService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_SchedulingServiceClient> & { service: _sf_database_v1_SchedulingServiceDefinition }
        SetNodeLimitsRequest: MessageTypeDefinition<_sf_database_v1_SetNodeLimitsRequest, _sf_database_v1_SetNodeLimitsRequest__Output>
        SetQuotaRequest: MessageTypeDefinition<_sf_database_v1_SetQuotaRequest, _sf_database_v1_SetQuotaRequest__Output>
      }
    }
  }
}

