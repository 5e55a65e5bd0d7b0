import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ApiRequest as _sf_database_v1_ApiRequest, ApiRequest__Output as _sf_database_v1_ApiRequest__Output } from './sf/database/v1/ApiRequest.js';
import type { ApiRequestServiceClient as _sf_database_v1_ApiRequestServiceClient, ApiRequestServiceDefinition as _sf_database_v1_ApiRequestServiceDefinition } from './sf/database/v1/ApiRequestService.js';
import type { GetApiRequestRequest as _sf_database_v1_GetApiRequestRequest, GetApiRequestRequest__Output as _sf_database_v1_GetApiRequestRequest__Output } from './sf/database/v1/GetApiRequestRequest.js';
import type { PutApiRequestRequest as _sf_database_v1_PutApiRequestRequest, PutApiRequestRequest__Output as _sf_database_v1_PutApiRequestRequest__Output } from './sf/database/v1/PutApiRequestRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sf: {
    database: {
      v1: {
        ApiRequest: MessageTypeDefinition<_sf_database_v1_ApiRequest, _sf_database_v1_ApiRequest__Output>
        ApiRequestService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_ApiRequestServiceClient> & { service: _sf_database_v1_ApiRequestServiceDefinition }
        GetApiRequestRequest: MessageTypeDefinition<_sf_database_v1_GetApiRequestRequest, _sf_database_v1_GetApiRequestRequest__Output>
        PutApiRequestRequest: MessageTypeDefinition<_sf_database_v1_PutApiRequestRequest, _sf_database_v1_PutApiRequestRequest__Output>
      }
    }
  }
}

