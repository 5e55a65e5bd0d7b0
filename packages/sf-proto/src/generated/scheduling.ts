import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Capacity as _sf_database_v1_Capacity, Capacity__Output as _sf_database_v1_Capacity__Output } from './sf/database/v1/Capacity.js';
import type { CounterDrift as _sf_database_v1_CounterDrift, CounterDrift__Output as _sf_database_v1_CounterDrift__Output } from './sf/database/v1/CounterDrift.js';
import type { Demand as _sf_database_v1_Demand, Demand__Output as _sf_database_v1_Demand__Output } from './sf/database/v1/Demand.js';
import type { ListCandidatesRequest as _sf_database_v1_ListCandidatesRequest, ListCandidatesRequest__Output as _sf_database_v1_ListCandidatesRequest__Output } from './sf/database/v1/ListCandidatesRequest.js';
import type { ListCandidatesResponse as _sf_database_v1_ListCandidatesResponse, ListCandidatesResponse__Output as _sf_database_v1_ListCandidatesResponse__Output } from './sf/database/v1/ListCandidatesResponse.js';
import type { NodeCandidate as _sf_database_v1_NodeCandidate, NodeCandidate__Output as _sf_database_v1_NodeCandidate__Output } from './sf/database/v1/NodeCandidate.js';
import type { OkResponse as _sf_database_v1_OkResponse, OkResponse__Output as _sf_database_v1_OkResponse__Output } from './sf/database/v1/OkResponse.js';
import type { PlaceInstancesRequest as _sf_database_v1_PlaceInstancesRequest, PlaceInstancesRequest__Output as _sf_database_v1_PlaceInstancesRequest__Output } from './sf/database/v1/PlaceInstancesRequest.js';
import type { PlaceInstancesResponse as _sf_database_v1_PlaceInstancesResponse, PlaceInstancesResponse__Output as _sf_database_v1_PlaceInstancesResponse__Output } from './sf/database/v1/PlaceInstancesResponse.js';
import type { Placement as _sf_database_v1_Placement, Placement__Output as _sf_database_v1_Placement__Output } from './sf/database/v1/Placement.js';
import type { ReapExpiredReservationsRequest as _sf_database_v1_ReapExpiredReservationsRequest, ReapExpiredReservationsRequest__Output as _sf_database_v1_ReapExpiredReservationsRequest__Output } from './sf/database/v1/ReapExpiredReservationsRequest.js';
import type { ReapExpiredReservationsResponse as _sf_database_v1_ReapExpiredReservationsResponse, ReapExpiredReservationsResponse__Output as _sf_database_v1_ReapExpiredReservationsResponse__Output } from './sf/database/v1/ReapExpiredReservationsResponse.js';
import type { ReconcileCapacityRequest as _sf_database_v1_ReconcileCapacityRequest, ReconcileCapacityRequest__Output as _sf_database_v1_ReconcileCapacityRequest__Output } from './sf/database/v1/ReconcileCapacityRequest.js';
import type { ReconcileCapacityResponse as _sf_database_v1_ReconcileCapacityResponse, ReconcileCapacityResponse__Output as _sf_database_v1_ReconcileCapacityResponse__Output } from './sf/database/v1/ReconcileCapacityResponse.js';
import type { ReleaseReservationResponse as _sf_database_v1_ReleaseReservationResponse, ReleaseReservationResponse__Output as _sf_database_v1_ReleaseReservationResponse__Output } from './sf/database/v1/ReleaseReservationResponse.js';
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
        Capacity: MessageTypeDefinition<_sf_database_v1_Capacity, _sf_database_v1_Capacity__Output>
        CounterDrift: MessageTypeDefinition<_sf_database_v1_CounterDrift, _sf_database_v1_CounterDrift__Output>
        Demand: MessageTypeDefinition<_sf_database_v1_Demand, _sf_database_v1_Demand__Output>
        ListCandidatesRequest: MessageTypeDefinition<_sf_database_v1_ListCandidatesRequest, _sf_database_v1_ListCandidatesRequest__Output>
        ListCandidatesResponse: MessageTypeDefinition<_sf_database_v1_ListCandidatesResponse, _sf_database_v1_ListCandidatesResponse__Output>
        NodeCandidate: MessageTypeDefinition<_sf_database_v1_NodeCandidate, _sf_database_v1_NodeCandidate__Output>
        OkResponse: MessageTypeDefinition<_sf_database_v1_OkResponse, _sf_database_v1_OkResponse__Output>
        PlaceInstancesRequest: MessageTypeDefinition<_sf_database_v1_PlaceInstancesRequest, _sf_database_v1_PlaceInstancesRequest__Output>
        PlaceInstancesResponse: MessageTypeDefinition<_sf_database_v1_PlaceInstancesResponse, _sf_database_v1_PlaceInstancesResponse__Output>
        Placement: MessageTypeDefinition<_sf_database_v1_Placement, _sf_database_v1_Placement__Output>
        ReapExpiredReservationsRequest: MessageTypeDefinition<_sf_database_v1_ReapExpiredReservationsRequest, _sf_database_v1_ReapExpiredReservationsRequest__Output>
        ReapExpiredReservationsResponse: MessageTypeDefinition<_sf_database_v1_ReapExpiredReservationsResponse, _sf_database_v1_ReapExpiredReservationsResponse__Output>
        ReconcileCapacityRequest: MessageTypeDefinition<_sf_database_v1_ReconcileCapacityRequest, _sf_database_v1_ReconcileCapacityRequest__Output>
        ReconcileCapacityResponse: MessageTypeDefinition<_sf_database_v1_ReconcileCapacityResponse, _sf_database_v1_ReconcileCapacityResponse__Output>
        ReleaseReservationResponse: MessageTypeDefinition<_sf_database_v1_ReleaseReservationResponse, _sf_database_v1_ReleaseReservationResponse__Output>
        ReservationRequest: MessageTypeDefinition<_sf_database_v1_ReservationRequest, _sf_database_v1_ReservationRequest__Output>
        SchedulingService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_SchedulingServiceClient> & { service: _sf_database_v1_SchedulingServiceDefinition }
        SetNodeLimitsRequest: MessageTypeDefinition<_sf_database_v1_SetNodeLimitsRequest, _sf_database_v1_SetNodeLimitsRequest__Output>
        SetQuotaRequest: MessageTypeDefinition<_sf_database_v1_SetQuotaRequest, _sf_database_v1_SetQuotaRequest__Output>
      }
    }
  }
}

