import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ClaimOperationsRequest as _sf_database_v1_ClaimOperationsRequest, ClaimOperationsRequest__Output as _sf_database_v1_ClaimOperationsRequest__Output } from './sf/database/v1/ClaimOperationsRequest.js';
import type { ClaimOperationsResponse as _sf_database_v1_ClaimOperationsResponse, ClaimOperationsResponse__Output as _sf_database_v1_ClaimOperationsResponse__Output } from './sf/database/v1/ClaimOperationsResponse.js';
import type { CompleteOperationRequest as _sf_database_v1_CompleteOperationRequest, CompleteOperationRequest__Output as _sf_database_v1_CompleteOperationRequest__Output } from './sf/database/v1/CompleteOperationRequest.js';
import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from './sf/database/v1/DeleteResponse.js';
import type { EnqueueOperationRequest as _sf_database_v1_EnqueueOperationRequest, EnqueueOperationRequest__Output as _sf_database_v1_EnqueueOperationRequest__Output } from './sf/database/v1/EnqueueOperationRequest.js';
import type { EnqueueOperationResponse as _sf_database_v1_EnqueueOperationResponse, EnqueueOperationResponse__Output as _sf_database_v1_EnqueueOperationResponse__Output } from './sf/database/v1/EnqueueOperationResponse.js';
import type { FailOperationRequest as _sf_database_v1_FailOperationRequest, FailOperationRequest__Output as _sf_database_v1_FailOperationRequest__Output } from './sf/database/v1/FailOperationRequest.js';
import type { GetOperationRequest as _sf_database_v1_GetOperationRequest, GetOperationRequest__Output as _sf_database_v1_GetOperationRequest__Output } from './sf/database/v1/GetOperationRequest.js';
import type { HasPendingOperationRequest as _sf_database_v1_HasPendingOperationRequest, HasPendingOperationRequest__Output as _sf_database_v1_HasPendingOperationRequest__Output } from './sf/database/v1/HasPendingOperationRequest.js';
import type { HasPendingOperationResponse as _sf_database_v1_HasPendingOperationResponse, HasPendingOperationResponse__Output as _sf_database_v1_HasPendingOperationResponse__Output } from './sf/database/v1/HasPendingOperationResponse.js';
import type { ListOperationsRequest as _sf_database_v1_ListOperationsRequest, ListOperationsRequest__Output as _sf_database_v1_ListOperationsRequest__Output } from './sf/database/v1/ListOperationsRequest.js';
import type { ListOperationsResponse as _sf_database_v1_ListOperationsResponse, ListOperationsResponse__Output as _sf_database_v1_ListOperationsResponse__Output } from './sf/database/v1/ListOperationsResponse.js';
import type { Operation as _sf_database_v1_Operation, Operation__Output as _sf_database_v1_Operation__Output } from './sf/database/v1/Operation.js';
import type { OperationError as _sf_database_v1_OperationError, OperationError__Output as _sf_database_v1_OperationError__Output } from './sf/database/v1/OperationError.js';
import type { OperationServiceClient as _sf_database_v1_OperationServiceClient, OperationServiceDefinition as _sf_database_v1_OperationServiceDefinition } from './sf/database/v1/OperationService.js';
import type { OperationTarget as _sf_database_v1_OperationTarget, OperationTarget__Output as _sf_database_v1_OperationTarget__Output } from './sf/database/v1/OperationTarget.js';
import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from './sf/database/v1/PageRequest.js';
import type { PruneOperationsRequest as _sf_database_v1_PruneOperationsRequest, PruneOperationsRequest__Output as _sf_database_v1_PruneOperationsRequest__Output } from './sf/database/v1/PruneOperationsRequest.js';
import type { PruneOperationsResponse as _sf_database_v1_PruneOperationsResponse, PruneOperationsResponse__Output as _sf_database_v1_PruneOperationsResponse__Output } from './sf/database/v1/PruneOperationsResponse.js';
import type { RenewOperationLeaseRequest as _sf_database_v1_RenewOperationLeaseRequest, RenewOperationLeaseRequest__Output as _sf_database_v1_RenewOperationLeaseRequest__Output } from './sf/database/v1/RenewOperationLeaseRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sf: {
    database: {
      v1: {
        ClaimOperationsRequest: MessageTypeDefinition<_sf_database_v1_ClaimOperationsRequest, _sf_database_v1_ClaimOperationsRequest__Output>
        ClaimOperationsResponse: MessageTypeDefinition<_sf_database_v1_ClaimOperationsResponse, _sf_database_v1_ClaimOperationsResponse__Output>
        CompleteOperationRequest: MessageTypeDefinition<_sf_database_v1_CompleteOperationRequest, _sf_database_v1_CompleteOperationRequest__Output>
        DeleteResponse: MessageTypeDefinition<_sf_database_v1_DeleteResponse, _sf_database_v1_DeleteResponse__Output>
        EnqueueOperationRequest: MessageTypeDefinition<_sf_database_v1_EnqueueOperationRequest, _sf_database_v1_EnqueueOperationRequest__Output>
        EnqueueOperationResponse: MessageTypeDefinition<_sf_database_v1_EnqueueOperationResponse, _sf_database_v1_EnqueueOperationResponse__Output>
        FailOperationRequest: MessageTypeDefinition<_sf_database_v1_FailOperationRequest, _sf_database_v1_FailOperationRequest__Output>
        GetOperationRequest: MessageTypeDefinition<_sf_database_v1_GetOperationRequest, _sf_database_v1_GetOperationRequest__Output>
        HasPendingOperationRequest: MessageTypeDefinition<_sf_database_v1_HasPendingOperationRequest, _sf_database_v1_HasPendingOperationRequest__Output>
        HasPendingOperationResponse: MessageTypeDefinition<_sf_database_v1_HasPendingOperationResponse, _sf_database_v1_HasPendingOperationResponse__Output>
        ListOperationsRequest: MessageTypeDefinition<_sf_database_v1_ListOperationsRequest, _sf_database_v1_ListOperationsRequest__Output>
        ListOperationsResponse: MessageTypeDefinition<_sf_database_v1_ListOperationsResponse, _sf_database_v1_ListOperationsResponse__Output>
        Operation: MessageTypeDefinition<_sf_database_v1_Operation, _sf_database_v1_Operation__Output>
        OperationError: MessageTypeDefinition<_sf_database_v1_OperationError, _sf_database_v1_OperationError__Output>
        OperationService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_OperationServiceClient> & { service: _sf_database_v1_OperationServiceDefinition }
        OperationTarget: MessageTypeDefinition<_sf_database_v1_OperationTarget, _sf_database_v1_OperationTarget__Output>
        PageRequest: MessageTypeDefinition<_sf_database_v1_PageRequest, _sf_database_v1_PageRequest__Output>
        PruneOperationsRequest: MessageTypeDefinition<_sf_database_v1_PruneOperationsRequest, _sf_database_v1_PruneOperationsRequest__Output>
        PruneOperationsResponse: MessageTypeDefinition<_sf_database_v1_PruneOperationsResponse, _sf_database_v1_PruneOperationsResponse__Output>
        RenewOperationLeaseRequest: MessageTypeDefinition<_sf_database_v1_RenewOperationLeaseRequest, _sf_database_v1_RenewOperationLeaseRequest__Output>
      }
    }
  }
}

