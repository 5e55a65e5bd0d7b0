// Original file: proto/sf/database/v1/operation.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ClaimOperationsRequest as _sf_database_v1_ClaimOperationsRequest, ClaimOperationsRequest__Output as _sf_database_v1_ClaimOperationsRequest__Output } from '../../../sf/database/v1/ClaimOperationsRequest.js';
import type { ClaimOperationsResponse as _sf_database_v1_ClaimOperationsResponse, ClaimOperationsResponse__Output as _sf_database_v1_ClaimOperationsResponse__Output } from '../../../sf/database/v1/ClaimOperationsResponse.js';
import type { CompleteOperationRequest as _sf_database_v1_CompleteOperationRequest, CompleteOperationRequest__Output as _sf_database_v1_CompleteOperationRequest__Output } from '../../../sf/database/v1/CompleteOperationRequest.js';
import type { EnqueueOperationRequest as _sf_database_v1_EnqueueOperationRequest, EnqueueOperationRequest__Output as _sf_database_v1_EnqueueOperationRequest__Output } from '../../../sf/database/v1/EnqueueOperationRequest.js';
import type { EnqueueOperationResponse as _sf_database_v1_EnqueueOperationResponse, EnqueueOperationResponse__Output as _sf_database_v1_EnqueueOperationResponse__Output } from '../../../sf/database/v1/EnqueueOperationResponse.js';
import type { FailOperationRequest as _sf_database_v1_FailOperationRequest, FailOperationRequest__Output as _sf_database_v1_FailOperationRequest__Output } from '../../../sf/database/v1/FailOperationRequest.js';
import type { GetOperationRequest as _sf_database_v1_GetOperationRequest, GetOperationRequest__Output as _sf_database_v1_GetOperationRequest__Output } from '../../../sf/database/v1/GetOperationRequest.js';
import type { HasPendingOperationRequest as _sf_database_v1_HasPendingOperationRequest, HasPendingOperationRequest__Output as _sf_database_v1_HasPendingOperationRequest__Output } from '../../../sf/database/v1/HasPendingOperationRequest.js';
import type { HasPendingOperationResponse as _sf_database_v1_HasPendingOperationResponse, HasPendingOperationResponse__Output as _sf_database_v1_HasPendingOperationResponse__Output } from '../../../sf/database/v1/HasPendingOperationResponse.js';
import type { ListOperationsRequest as _sf_database_v1_ListOperationsRequest, ListOperationsRequest__Output as _sf_database_v1_ListOperationsRequest__Output } from '../../../sf/database/v1/ListOperationsRequest.js';
import type { ListOperationsResponse as _sf_database_v1_ListOperationsResponse, ListOperationsResponse__Output as _sf_database_v1_ListOperationsResponse__Output } from '../../../sf/database/v1/ListOperationsResponse.js';
import type { Operation as _sf_database_v1_Operation, Operation__Output as _sf_database_v1_Operation__Output } from '../../../sf/database/v1/Operation.js';
import type { PruneOperationsRequest as _sf_database_v1_PruneOperationsRequest, PruneOperationsRequest__Output as _sf_database_v1_PruneOperationsRequest__Output } from '../../../sf/database/v1/PruneOperationsRequest.js';
import type { PruneOperationsResponse as _sf_database_v1_PruneOperationsResponse, PruneOperationsResponse__Output as _sf_database_v1_PruneOperationsResponse__Output } from '../../../sf/database/v1/PruneOperationsResponse.js';
import type { RenewOperationLeaseRequest as _sf_database_v1_RenewOperationLeaseRequest, RenewOperationLeaseRequest__Output as _sf_database_v1_RenewOperationLeaseRequest__Output } from '../../../sf/database/v1/RenewOperationLeaseRequest.js';

export interface OperationServiceClient extends grpc.Client {
  ClaimOperations(argument: _sf_database_v1_ClaimOperationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ClaimOperationsResponse__Output>): grpc.ClientUnaryCall;
  ClaimOperations(argument: _sf_database_v1_ClaimOperationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ClaimOperationsResponse__Output>): grpc.ClientUnaryCall;
  ClaimOperations(argument: _sf_database_v1_ClaimOperationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ClaimOperationsResponse__Output>): grpc.ClientUnaryCall;
  ClaimOperations(argument: _sf_database_v1_ClaimOperationsRequest, callback: grpc.requestCallback<_sf_database_v1_ClaimOperationsResponse__Output>): grpc.ClientUnaryCall;
  claimOperations(argument: _sf_database_v1_ClaimOperationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ClaimOperationsResponse__Output>): grpc.ClientUnaryCall;
  claimOperations(argument: _sf_database_v1_ClaimOperationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ClaimOperationsResponse__Output>): grpc.ClientUnaryCall;
  claimOperations(argument: _sf_database_v1_ClaimOperationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ClaimOperationsResponse__Output>): grpc.ClientUnaryCall;
  claimOperations(argument: _sf_database_v1_ClaimOperationsRequest, callback: grpc.requestCallback<_sf_database_v1_ClaimOperationsResponse__Output>): grpc.ClientUnaryCall;
  
  CompleteOperation(argument: _sf_database_v1_CompleteOperationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  CompleteOperation(argument: _sf_database_v1_CompleteOperationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  CompleteOperation(argument: _sf_database_v1_CompleteOperationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  CompleteOperation(argument: _sf_database_v1_CompleteOperationRequest, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  completeOperation(argument: _sf_database_v1_CompleteOperationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  completeOperation(argument: _sf_database_v1_CompleteOperationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  completeOperation(argument: _sf_database_v1_CompleteOperationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  completeOperation(argument: _sf_database_v1_CompleteOperationRequest, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  
  EnqueueOperation(argument: _sf_database_v1_EnqueueOperationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_EnqueueOperationResponse__Output>): grpc.ClientUnaryCall;
  EnqueueOperation(argument: _sf_database_v1_EnqueueOperationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_EnqueueOperationResponse__Output>): grpc.ClientUnaryCall;
  EnqueueOperation(argument: _sf_database_v1_EnqueueOperationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_EnqueueOperationResponse__Output>): grpc.ClientUnaryCall;
  EnqueueOperation(argument: _sf_database_v1_EnqueueOperationRequest, callback: grpc.requestCallback<_sf_database_v1_EnqueueOperationResponse__Output>): grpc.ClientUnaryCall;
  enqueueOperation(argument: _sf_database_v1_EnqueueOperationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_EnqueueOperationResponse__Output>): grpc.ClientUnaryCall;
  enqueueOperation(argument: _sf_database_v1_EnqueueOperationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_EnqueueOperationResponse__Output>): grpc.ClientUnaryCall;
  enqueueOperation(argument: _sf_database_v1_EnqueueOperationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_EnqueueOperationResponse__Output>): grpc.ClientUnaryCall;
  enqueueOperation(argument: _sf_database_v1_EnqueueOperationRequest, callback: grpc.requestCallback<_sf_database_v1_EnqueueOperationResponse__Output>): grpc.ClientUnaryCall;
  
  FailOperation(argument: _sf_database_v1_FailOperationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  FailOperation(argument: _sf_database_v1_FailOperationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  FailOperation(argument: _sf_database_v1_FailOperationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  FailOperation(argument: _sf_database_v1_FailOperationRequest, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  failOperation(argument: _sf_database_v1_FailOperationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  failOperation(argument: _sf_database_v1_FailOperationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  failOperation(argument: _sf_database_v1_FailOperationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  failOperation(argument: _sf_database_v1_FailOperationRequest, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  
  GetOperation(argument: _sf_database_v1_GetOperationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  GetOperation(argument: _sf_database_v1_GetOperationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  GetOperation(argument: _sf_database_v1_GetOperationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  GetOperation(argument: _sf_database_v1_GetOperationRequest, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  getOperation(argument: _sf_database_v1_GetOperationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  getOperation(argument: _sf_database_v1_GetOperationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  getOperation(argument: _sf_database_v1_GetOperationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  getOperation(argument: _sf_database_v1_GetOperationRequest, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  
  HasPendingOperation(argument: _sf_database_v1_HasPendingOperationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_HasPendingOperationResponse__Output>): grpc.ClientUnaryCall;
  HasPendingOperation(argument: _sf_database_v1_HasPendingOperationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_HasPendingOperationResponse__Output>): grpc.ClientUnaryCall;
  HasPendingOperation(argument: _sf_database_v1_HasPendingOperationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_HasPendingOperationResponse__Output>): grpc.ClientUnaryCall;
  HasPendingOperation(argument: _sf_database_v1_HasPendingOperationRequest, callback: grpc.requestCallback<_sf_database_v1_HasPendingOperationResponse__Output>): grpc.ClientUnaryCall;
  hasPendingOperation(argument: _sf_database_v1_HasPendingOperationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_HasPendingOperationResponse__Output>): grpc.ClientUnaryCall;
  hasPendingOperation(argument: _sf_database_v1_HasPendingOperationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_HasPendingOperationResponse__Output>): grpc.ClientUnaryCall;
  hasPendingOperation(argument: _sf_database_v1_HasPendingOperationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_HasPendingOperationResponse__Output>): grpc.ClientUnaryCall;
  hasPendingOperation(argument: _sf_database_v1_HasPendingOperationRequest, callback: grpc.requestCallback<_sf_database_v1_HasPendingOperationResponse__Output>): grpc.ClientUnaryCall;
  
  ListOperations(argument: _sf_database_v1_ListOperationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListOperationsResponse__Output>): grpc.ClientUnaryCall;
  ListOperations(argument: _sf_database_v1_ListOperationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListOperationsResponse__Output>): grpc.ClientUnaryCall;
  ListOperations(argument: _sf_database_v1_ListOperationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListOperationsResponse__Output>): grpc.ClientUnaryCall;
  ListOperations(argument: _sf_database_v1_ListOperationsRequest, callback: grpc.requestCallback<_sf_database_v1_ListOperationsResponse__Output>): grpc.ClientUnaryCall;
  listOperations(argument: _sf_database_v1_ListOperationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListOperationsResponse__Output>): grpc.ClientUnaryCall;
  listOperations(argument: _sf_database_v1_ListOperationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_ListOperationsResponse__Output>): grpc.ClientUnaryCall;
  listOperations(argument: _sf_database_v1_ListOperationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_ListOperationsResponse__Output>): grpc.ClientUnaryCall;
  listOperations(argument: _sf_database_v1_ListOperationsRequest, callback: grpc.requestCallback<_sf_database_v1_ListOperationsResponse__Output>): grpc.ClientUnaryCall;
  
  PruneOperations(argument: _sf_database_v1_PruneOperationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_PruneOperationsResponse__Output>): grpc.ClientUnaryCall;
  PruneOperations(argument: _sf_database_v1_PruneOperationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_PruneOperationsResponse__Output>): grpc.ClientUnaryCall;
  PruneOperations(argument: _sf_database_v1_PruneOperationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_PruneOperationsResponse__Output>): grpc.ClientUnaryCall;
  PruneOperations(argument: _sf_database_v1_PruneOperationsRequest, callback: grpc.requestCallback<_sf_database_v1_PruneOperationsResponse__Output>): grpc.ClientUnaryCall;
  pruneOperations(argument: _sf_database_v1_PruneOperationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_PruneOperationsResponse__Output>): grpc.ClientUnaryCall;
  pruneOperations(argument: _sf_database_v1_PruneOperationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_PruneOperationsResponse__Output>): grpc.ClientUnaryCall;
  pruneOperations(argument: _sf_database_v1_PruneOperationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_PruneOperationsResponse__Output>): grpc.ClientUnaryCall;
  pruneOperations(argument: _sf_database_v1_PruneOperationsRequest, callback: grpc.requestCallback<_sf_database_v1_PruneOperationsResponse__Output>): grpc.ClientUnaryCall;
  
  RenewOperationLease(argument: _sf_database_v1_RenewOperationLeaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  RenewOperationLease(argument: _sf_database_v1_RenewOperationLeaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  RenewOperationLease(argument: _sf_database_v1_RenewOperationLeaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  RenewOperationLease(argument: _sf_database_v1_RenewOperationLeaseRequest, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  renewOperationLease(argument: _sf_database_v1_RenewOperationLeaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  renewOperationLease(argument: _sf_database_v1_RenewOperationLeaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  renewOperationLease(argument: _sf_database_v1_RenewOperationLeaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  renewOperationLease(argument: _sf_database_v1_RenewOperationLeaseRequest, callback: grpc.requestCallback<_sf_database_v1_Operation__Output>): grpc.ClientUnaryCall;
  
}

export interface OperationServiceHandlers extends grpc.UntypedServiceImplementation {
  ClaimOperations: grpc.handleUnaryCall<_sf_database_v1_ClaimOperationsRequest__Output, _sf_database_v1_ClaimOperationsResponse>;
  
  CompleteOperation: grpc.handleUnaryCall<_sf_database_v1_CompleteOperationRequest__Output, _sf_database_v1_Operation>;
  
  EnqueueOperation: grpc.handleUnaryCall<_sf_database_v1_EnqueueOperationRequest__Output, _sf_database_v1_EnqueueOperationResponse>;
  
  FailOperation: grpc.handleUnaryCall<_sf_database_v1_FailOperationRequest__Output, _sf_database_v1_Operation>;
  
  GetOperation: grpc.handleUnaryCall<_sf_database_v1_GetOperationRequest__Output, _sf_database_v1_Operation>;
  
  HasPendingOperation: grpc.handleUnaryCall<_sf_database_v1_HasPendingOperationRequest__Output, _sf_database_v1_HasPendingOperationResponse>;
  
  ListOperations: grpc.handleUnaryCall<_sf_database_v1_ListOperationsRequest__Output, _sf_database_v1_ListOperationsResponse>;
  
  PruneOperations: grpc.handleUnaryCall<_sf_database_v1_PruneOperationsRequest__Output, _sf_database_v1_PruneOperationsResponse>;
  
  RenewOperationLease: grpc.handleUnaryCall<_sf_database_v1_RenewOperationLeaseRequest__Output, _sf_database_v1_Operation>;
  
}

export interface OperationServiceDefinition extends grpc.ServiceDefinition {
  ClaimOperations: MethodDefinition<_sf_database_v1_ClaimOperationsRequest, _sf_database_v1_ClaimOperationsResponse, _sf_database_v1_ClaimOperationsRequest__Output, _sf_database_v1_ClaimOperationsResponse__Output>
  CompleteOperation: MethodDefinition<_sf_database_v1_CompleteOperationRequest, _sf_database_v1_Operation, _sf_database_v1_CompleteOperationRequest__Output, _sf_database_v1_Operation__Output>
  EnqueueOperation: MethodDefinition<_sf_database_v1_EnqueueOperationRequest, _sf_database_v1_EnqueueOperationResponse, _sf_database_v1_EnqueueOperationRequest__Output, _sf_database_v1_EnqueueOperationResponse__Output>
  FailOperation: MethodDefinition<_sf_database_v1_FailOperationRequest, _sf_database_v1_Operation, _sf_database_v1_FailOperationRequest__Output, _sf_database_v1_Operation__Output>
  GetOperation: MethodDefinition<_sf_database_v1_GetOperationRequest, _sf_database_v1_Operation, _sf_database_v1_GetOperationRequest__Output, _sf_database_v1_Operation__Output>
  HasPendingOperation: MethodDefinition<_sf_database_v1_HasPendingOperationRequest, _sf_database_v1_HasPendingOperationResponse, _sf_database_v1_HasPendingOperationRequest__Output, _sf_database_v1_HasPendingOperationResponse__Output>
  ListOperations: MethodDefinition<_sf_database_v1_ListOperationsRequest, _sf_database_v1_ListOperationsResponse, _sf_database_v1_ListOperationsRequest__Output, _sf_database_v1_ListOperationsResponse__Output>
  PruneOperations: MethodDefinition<_sf_database_v1_PruneOperationsRequest, _sf_database_v1_PruneOperationsResponse, _sf_database_v1_PruneOperationsRequest__Output, _sf_database_v1_PruneOperationsResponse__Output>
  RenewOperationLease: MethodDefinition<_sf_database_v1_RenewOperationLeaseRequest, _sf_database_v1_Operation, _sf_database_v1_RenewOperationLeaseRequest__Output, _sf_database_v1_Operation__Output>
}
