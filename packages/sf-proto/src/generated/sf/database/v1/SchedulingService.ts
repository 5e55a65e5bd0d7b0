// Original file: proto/sf/database/v1/scheduling.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetReservationResponse as _sf_database_v1_GetReservationResponse, GetReservationResponse__Output as _sf_database_v1_GetReservationResponse__Output } from '../../../sf/database/v1/GetReservationResponse.js';
import type { ListCandidatesRequest as _sf_database_v1_ListCandidatesRequest, ListCandidatesRequest__Output as _sf_database_v1_ListCandidatesRequest__Output } from '../../../sf/database/v1/ListCandidatesRequest.js';
import type { ListCandidatesResponse as _sf_database_v1_ListCandidatesResponse, ListCandidatesResponse__Output as _sf_database_v1_ListCandidatesResponse__Output } from '../../../sf/database/v1/ListCandidatesResponse.js';
import type { ListHeldReservationsRequest as _sf_database_v1_ListHeldReservationsRequest, ListHeldReservationsRequest__Output as _sf_database_v1_ListHeldReservationsRequest__Output } from '../../../sf/database/v1/ListHeldReservationsRequest.js';
import type { ListHeldReservationsResponse as _sf_database_v1_ListHeldReservationsResponse, ListHeldReservationsResponse__Output as _sf_database_v1_ListHeldReservationsResponse__Output } from '../../../sf/database/v1/ListHeldReservationsResponse.js';
import type { OkResponse as _sf_database_v1_OkResponse, OkResponse__Output as _sf_database_v1_OkResponse__Output } from '../../../sf/database/v1/OkResponse.js';
import type { PlaceInstancesRequest as _sf_database_v1_PlaceInstancesRequest, PlaceInstancesRequest__Output as _sf_database_v1_PlaceInstancesRequest__Output } from '../../../sf/database/v1/PlaceInstancesRequest.js';
import type { PlaceInstancesResponse as _sf_database_v1_PlaceInstancesResponse, PlaceInstancesResponse__Output as _sf_database_v1_PlaceInstancesResponse__Output } from '../../../sf/database/v1/PlaceInstancesResponse.js';
import type { PlaceManyRequest as _sf_database_v1_PlaceManyRequest, PlaceManyRequest__Output as _sf_database_v1_PlaceManyRequest__Output } from '../../../sf/database/v1/PlaceManyRequest.js';
import type { PlaceManyResponse as _sf_database_v1_PlaceManyResponse, PlaceManyResponse__Output as _sf_database_v1_PlaceManyResponse__Output } from '../../../sf/database/v1/PlaceManyResponse.js';
import type { ReapExpiredReservationsRequest as _sf_database_v1_ReapExpiredReservationsRequest, ReapExpiredReservationsRequest__Output as _sf_database_v1_ReapExpiredReservationsRequest__Output } from '../../../sf/database/v1/ReapExpiredReservationsRequest.js';
import type { ReapExpiredReservationsResponse as _sf_database_v1_ReapExpiredReservationsResponse, ReapExpiredReservationsResponse__Output as _sf_database_v1_ReapExpiredReservationsResponse__Output } from '../../../sf/database/v1/ReapExpiredReservationsResponse.js';
import type { ReconcileCapacityRequest as _sf_database_v1_ReconcileCapacityRequest, ReconcileCapacityRequest__Output as _sf_database_v1_ReconcileCapacityRequest__Output } from '../../../sf/database/v1/ReconcileCapacityRequest.js';
import type { ReconcileCapacityResponse as _sf_database_v1_ReconcileCapacityResponse, ReconcileCapacityResponse__Output as _sf_database_v1_ReconcileCapacityResponse__Output } from '../../../sf/database/v1/ReconcileCapacityResponse.js';
import type { ReleaseReservationResponse as _sf_database_v1_ReleaseReservationResponse, ReleaseReservationResponse__Output as _sf_database_v1_ReleaseReservationResponse__Output } from '../../../sf/database/v1/ReleaseReservationResponse.js';
import type { ReservationRequest as _sf_database_v1_ReservationRequest, ReservationRequest__Output as _sf_database_v1_ReservationRequest__Output } from '../../../sf/database/v1/ReservationRequest.js';
import type { SetNodeLimitsRequest as _sf_database_v1_SetNodeLimitsRequest, SetNodeLimitsRequest__Output as _sf_database_v1_SetNodeLimitsRequest__Output } from '../../../sf/database/v1/SetNodeLimitsRequest.js';
import type { SetQuotaRequest as _sf_database_v1_SetQuotaRequest, SetQuotaRequest__Output as _sf_database_v1_SetQuotaRequest__Output } from '../../../sf/database/v1/SetQuotaRequest.js';

export interface SchedulingServiceClient extends grpc.Client {
  ConsumeReservation(argument: _sf_database_v1_ReservationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  ConsumeReservation(argument: _sf_database_v1_ReservationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  ConsumeReservation(argument: _sf_database_v1_ReservationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  ConsumeReservation(argument: _sf_database_v1_ReservationRequest, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  consumeReservation(argument: _sf_database_v1_ReservationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  consumeReservation(argument: _sf_database_v1_ReservationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  consumeReservation(argument: _sf_database_v1_ReservationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  consumeReservation(argument: _sf_database_v1_ReservationRequest, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  
  GetReservation(argument: _sf_database_v1_ReservationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_GetReservationResponse__Output>): grpc.ClientUnaryCall;
  GetReservation(argument: _sf_database_v1_ReservationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_GetReservationResponse__Output>): grpc.ClientUnaryCall;
  GetReservation(argument: _sf_database_v1_ReservationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_GetReservationResponse__Output>): grpc.ClientUnaryCall;
  GetReservation(argument: _sf_database_v1_ReservationRequest, callback: grpc.requestCallback<_sf_database_v1_GetReservationResponse__Output>): grpc.ClientUnaryCall;
  getReservation(argument: _sf_database_v1_ReservationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_GetReservationResponse__Output>): grpc.ClientUnaryCall;
  getReservation(argument: _sf_database_v1_ReservationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_GetReservationResponse__Output>): grpc.ClientUnaryCall;
  getReservation(argument: _sf_database_v1_ReservationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_GetReservationResponse__Output>): grpc.ClientUnaryCall;
  getReservation(argument: _sf_database_v1_ReservationRequest, callback: grpc.requestCallback<_sf_database_v1_GetReservationResponse__Output>): grpc.ClientUnaryCall;
  
  ListCandidates(argument: _sf_database_v1_ListCandidatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  ListCandidates(argument: _sf_database_v1_ListCandidatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  ListCandidates(argument: _sf_database_v1_ListCandidatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  ListCandidates(argument: _sf_database_v1_ListCandidatesRequest, callback: grpc.requestCallback<_sf_database_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  listCandidates(argument: _sf_database_v1_ListCandidatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  listCandidates(argument: _sf_database_v1_ListCandidatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  listCandidates(argument: _sf_database_v1_ListCandidatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  listCandidates(argument: _sf_database_v1_ListCandidatesRequest, callback: grpc.requestCallback<_sf_database_v1_ListCandidatesResponse__Output>): grpc.ClientUnaryCall;
  
  ListHeldReservations(argument: _sf_database_v1_ListHeldReservationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListHeldReservationsResponse__Output>): grpc.ClientUnaryCall;
  ListHeldReservations(argument: _sf_database_v1_ListHeldReservationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListHeldReservationsResponse__Output>): grpc.ClientUnaryCall;
  ListHeldReservations(argument: _sf_database_v1_ListHeldReservationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListHeldReservationsResponse__Output>): grpc.ClientUnaryCall;
  ListHeldReservations(argument: _sf_database_v1_ListHeldReservationsRequest, callback: grpc.requestCallback<_sf_database_v1_ListHeldReservationsResponse__Output>): grpc.ClientUnaryCall;
  listHeldReservations(argument: _sf_database_v1_ListHeldReservationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListHeldReservationsResponse__Output>): grpc.ClientUnaryCall;
  listHeldReservations(argument: _sf_database_v1_ListHeldReservationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListHeldReservationsResponse__Output>): grpc.ClientUnaryCall;
  listHeldReservations(argument: _sf_database_v1_ListHeldReservationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListHeldReservationsResponse__Output>): grpc.ClientUnaryCall;
  listHeldReservations(argument: _sf_database_v1_ListHeldReservationsRequest, callback: grpc.requestCallback<_sf_database_v1_ListHeldReservationsResponse__Output>): grpc.ClientUnaryCall;
  
  PlaceInstances(argument: _sf_database_v1_PlaceInstancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_PlaceInstancesResponse__Output>): grpc.ClientUnaryCall;
  PlaceInstances(argument: _sf_database_v1_PlaceInstancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_PlaceInstancesResponse__Output>): grpc.ClientUnaryCall;
  PlaceInstances(argument: _sf_database_v1_PlaceInstancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_PlaceInstancesResponse__Output>): grpc.ClientUnaryCall;
  PlaceInstances(argument: _sf_database_v1_PlaceInstancesRequest, callback: grpc.requestCallback<_sf_database_v1_PlaceInstancesResponse__Output>): grpc.ClientUnaryCall;
  placeInstances(argument: _sf_database_v1_PlaceInstancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_PlaceInstancesResponse__Output>): grpc.ClientUnaryCall;
  placeInstances(argument: _sf_database_v1_PlaceInstancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_PlaceInstancesResponse__Output>): grpc.ClientUnaryCall;
  placeInstances(argument: _sf_database_v1_PlaceInstancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_PlaceInstancesResponse__Output>): grpc.ClientUnaryCall;
  placeInstances(argument: _sf_database_v1_PlaceInstancesRequest, callback: grpc.requestCallback<_sf_database_v1_PlaceInstancesResponse__Output>): grpc.ClientUnaryCall;
  
  PlaceMany(argument: _sf_database_v1_PlaceManyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_PlaceManyResponse__Output>): grpc.ClientUnaryCall;
  PlaceMany(argument: _sf_database_v1_PlaceManyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_PlaceManyResponse__Output>): grpc.ClientUnaryCall;
  PlaceMany(argument: _sf_database_v1_PlaceManyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_PlaceManyResponse__Output>): grpc.ClientUnaryCall;
  PlaceMany(argument: _sf_database_v1_PlaceManyRequest, callback: grpc.requestCallback<_sf_database_v1_PlaceManyResponse__Output>): grpc.ClientUnaryCall;
  placeMany(argument: _sf_database_v1_PlaceManyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_PlaceManyResponse__Output>): grpc.ClientUnaryCall;
  placeMany(argument: _sf_database_v1_PlaceManyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_PlaceManyResponse__Output>): grpc.ClientUnaryCall;
  placeMany(argument: _sf_database_v1_PlaceManyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_PlaceManyResponse__Output>): grpc.ClientUnaryCall;
  placeMany(argument: _sf_database_v1_PlaceManyRequest, callback: grpc.requestCallback<_sf_database_v1_PlaceManyResponse__Output>): grpc.ClientUnaryCall;
  
  ReapExpiredReservations(argument: _sf_database_v1_ReapExpiredReservationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReapExpiredReservationsResponse__Output>): grpc.ClientUnaryCall;
  ReapExpiredReservations(argument: _sf_database_v1_ReapExpiredReservationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ReapExpiredReservationsResponse__Output>): grpc.ClientUnaryCall;
  ReapExpiredReservations(argument: _sf_database_v1_ReapExpiredReservationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReapExpiredReservationsResponse__Output>): grpc.ClientUnaryCall;
  ReapExpiredReservations(argument: _sf_database_v1_ReapExpiredReservationsRequest, callback: grpc.requestCallback<_sf_database_v1_ReapExpiredReservationsResponse__Output>): grpc.ClientUnaryCall;
  reapExpiredReservations(argument: _sf_database_v1_ReapExpiredReservationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReapExpiredReservationsResponse__Output>): grpc.ClientUnaryCall;
  reapExpiredReservations(argument: _sf_database_v1_ReapExpiredReservationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ReapExpiredReservationsResponse__Output>): grpc.ClientUnaryCall;
  reapExpiredReservations(argument: _sf_database_v1_ReapExpiredReservationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReapExpiredReservationsResponse__Output>): grpc.ClientUnaryCall;
  reapExpiredReservations(argument: _sf_database_v1_ReapExpiredReservationsRequest, callback: grpc.requestCallback<_sf_database_v1_ReapExpiredReservationsResponse__Output>): grpc.ClientUnaryCall;
  
  ReconcileCapacity(argument: _sf_database_v1_ReconcileCapacityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReconcileCapacityResponse__Output>): grpc.ClientUnaryCall;
  ReconcileCapacity(argument: _sf_database_v1_ReconcileCapacityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ReconcileCapacityResponse__Output>): grpc.ClientUnaryCall;
  ReconcileCapacity(argument: _sf_database_v1_ReconcileCapacityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReconcileCapacityResponse__Output>): grpc.ClientUnaryCall;
  ReconcileCapacity(argument: _sf_database_v1_ReconcileCapacityRequest, callback: grpc.requestCallback<_sf_database_v1_ReconcileCapacityResponse__Output>): grpc.ClientUnaryCall;
  reconcileCapacity(argument: _sf_database_v1_ReconcileCapacityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReconcileCapacityResponse__Output>): grpc.ClientUnaryCall;
  reconcileCapacity(argument: _sf_database_v1_ReconcileCapacityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ReconcileCapacityResponse__Output>): grpc.ClientUnaryCall;
  reconcileCapacity(argument: _sf_database_v1_ReconcileCapacityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReconcileCapacityResponse__Output>): grpc.ClientUnaryCall;
  reconcileCapacity(argument: _sf_database_v1_ReconcileCapacityRequest, callback: grpc.requestCallback<_sf_database_v1_ReconcileCapacityResponse__Output>): grpc.ClientUnaryCall;
  
  ReleaseReservation(argument: _sf_database_v1_ReservationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  ReleaseReservation(argument: _sf_database_v1_ReservationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  ReleaseReservation(argument: _sf_database_v1_ReservationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  ReleaseReservation(argument: _sf_database_v1_ReservationRequest, callback: grpc.requestCallback<_sf_database_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  releaseReservation(argument: _sf_database_v1_ReservationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  releaseReservation(argument: _sf_database_v1_ReservationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  releaseReservation(argument: _sf_database_v1_ReservationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  releaseReservation(argument: _sf_database_v1_ReservationRequest, callback: grpc.requestCallback<_sf_database_v1_ReleaseReservationResponse__Output>): grpc.ClientUnaryCall;
  
  RenewReservation(argument: _sf_database_v1_ReservationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  RenewReservation(argument: _sf_database_v1_ReservationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  RenewReservation(argument: _sf_database_v1_ReservationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  RenewReservation(argument: _sf_database_v1_ReservationRequest, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  renewReservation(argument: _sf_database_v1_ReservationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  renewReservation(argument: _sf_database_v1_ReservationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  renewReservation(argument: _sf_database_v1_ReservationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  renewReservation(argument: _sf_database_v1_ReservationRequest, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  
  SetNodeLimits(argument: _sf_database_v1_SetNodeLimitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  SetNodeLimits(argument: _sf_database_v1_SetNodeLimitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  SetNodeLimits(argument: _sf_database_v1_SetNodeLimitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  SetNodeLimits(argument: _sf_database_v1_SetNodeLimitsRequest, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  setNodeLimits(argument: _sf_database_v1_SetNodeLimitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  setNodeLimits(argument: _sf_database_v1_SetNodeLimitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  setNodeLimits(argument: _sf_database_v1_SetNodeLimitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  setNodeLimits(argument: _sf_database_v1_SetNodeLimitsRequest, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  
  SetQuota(argument: _sf_database_v1_SetQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  SetQuota(argument: _sf_database_v1_SetQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  SetQuota(argument: _sf_database_v1_SetQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  SetQuota(argument: _sf_database_v1_SetQuotaRequest, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  setQuota(argument: _sf_database_v1_SetQuotaRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  setQuota(argument: _sf_database_v1_SetQuotaRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  setQuota(argument: _sf_database_v1_SetQuotaRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  setQuota(argument: _sf_database_v1_SetQuotaRequest, callback: grpc.requestCallback<_sf_database_v1_OkResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface SchedulingServiceHandlers extends grpc.UntypedServiceImplementation {
  ConsumeReservation: grpc.handleUnaryCall<_sf_database_v1_ReservationRequest__Output, _sf_database_v1_OkResponse>;
  
  GetReservation: grpc.handleUnaryCall<_sf_database_v1_ReservationRequest__Output, _sf_database_v1_GetReservationResponse>;
  
  ListCandidates: grpc.handleUnaryCall<_sf_database_v1_ListCandidatesRequest__Output, _sf_database_v1_ListCandidatesResponse>;
  
  ListHeldReservations: grpc.handleUnaryCall<_sf_database_v1_ListHeldReservationsRequest__Output, _sf_database_v1_ListHeldReservationsResponse>;
  
  PlaceInstances: grpc.handleUnaryCall<_sf_database_v1_PlaceInstancesRequest__Output, _sf_database_v1_PlaceInstancesResponse>;
  
  PlaceMany: grpc.handleUnaryCall<_sf_database_v1_PlaceManyRequest__Output, _sf_database_v1_PlaceManyResponse>;
  
  ReapExpiredReservations: grpc.handleUnaryCall<_sf_database_v1_ReapExpiredReservationsRequest__Output, _sf_database_v1_ReapExpiredReservationsResponse>;
  
  ReconcileCapacity: grpc.handleUnaryCall<_sf_database_v1_ReconcileCapacityRequest__Output, _sf_database_v1_ReconcileCapacityResponse>;
  
  ReleaseReservation: grpc.handleUnaryCall<_sf_database_v1_ReservationRequest__Output, _sf_database_v1_ReleaseReservationResponse>;
  
  RenewReservation: grpc.handleUnaryCall<_sf_database_v1_ReservationRequest__Output, _sf_database_v1_OkResponse>;
  
  SetNodeLimits: grpc.handleUnaryCall<_sf_database_v1_SetNodeLimitsRequest__Output, _sf_database_v1_OkResponse>;
  
  SetQuota: grpc.handleUnaryCall<_sf_database_v1_SetQuotaRequest__Output, _sf_database_v1_OkResponse>;
  
}

export interface SchedulingServiceDefinition extends grpc.ServiceDefinition {
  ConsumeReservation: MethodDefinition<_sf_database_v1_ReservationRequest, _sf_database_v1_OkResponse, _sf_database_v1_ReservationRequest__Output, _sf_database_v1_OkResponse__Output>
  GetReservation: MethodDefinition<_sf_database_v1_ReservationRequest, _sf_database_v1_GetReservationResponse, _sf_database_v1_ReservationRequest__Output, _sf_database_v1_GetReservationResponse__Output>
  ListCandidates: MethodDefinition<_sf_database_v1_ListCandidatesRequest, _sf_database_v1_ListCandidatesResponse, _sf_database_v1_ListCandidatesRequest__Output, _sf_database_v1_ListCandidatesResponse__Output>
  ListHeldReservations: MethodDefinition<_sf_database_v1_ListHeldReservationsRequest, _sf_database_v1_ListHeldReservationsResponse, _sf_database_v1_ListHeldReservationsRequest__Output, _sf_database_v1_ListHeldReservationsResponse__Output>
  PlaceInstances: MethodDefinition<_sf_database_v1_PlaceInstancesRequest, _sf_database_v1_PlaceInstancesResponse, _sf_database_v1_PlaceInstancesRequest__Output, _sf_database_v1_PlaceInstancesResponse__Output>
  PlaceMany: MethodDefinition<_sf_database_v1_PlaceManyRequest, _sf_database_v1_PlaceManyResponse, _sf_database_v1_PlaceManyRequest__Output, _sf_database_v1_PlaceManyResponse__Output>
  ReapExpiredReservations: MethodDefinition<_sf_database_v1_ReapExpiredReservationsRequest, _sf_database_v1_ReapExpiredReservationsResponse, _sf_database_v1_ReapExpiredReservationsRequest__Output, _sf_database_v1_ReapExpiredReservationsResponse__Output>
  ReconcileCapacity: MethodDefinition<_sf_database_v1_ReconcileCapacityRequest, _sf_database_v1_ReconcileCapacityResponse, _sf_database_v1_ReconcileCapacityRequest__Output, _sf_database_v1_ReconcileCapacityResponse__Output>
  ReleaseReservation: MethodDefinition<_sf_database_v1_ReservationRequest, _sf_database_v1_ReleaseReservationResponse, _sf_database_v1_ReservationRequest__Output, _sf_database_v1_ReleaseReservationResponse__Output>
  RenewReservation: MethodDefinition<_sf_database_v1_ReservationRequest, _sf_database_v1_OkResponse, _sf_database_v1_ReservationRequest__Output, _sf_database_v1_OkResponse__Output>
  SetNodeLimits: MethodDefinition<_sf_database_v1_SetNodeLimitsRequest, _sf_database_v1_OkResponse, _sf_database_v1_SetNodeLimitsRequest__Output, _sf_database_v1_OkResponse__Output>
  SetQuota: MethodDefinition<_sf_database_v1_SetQuotaRequest, _sf_database_v1_OkResponse, _sf_database_v1_SetQuotaRequest__Output, _sf_database_v1_OkResponse__Output>
}
