import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { DeleteResponse as _sf_database_v1_DeleteResponse, DeleteResponse__Output as _sf_database_v1_DeleteResponse__Output } from './sf/database/v1/DeleteResponse.js';
import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from './sf/database/v1/PageRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sf: {
    database: {
      v1: {
        DeleteResponse: MessageTypeDefinition<_sf_database_v1_DeleteResponse, _sf_database_v1_DeleteResponse__Output>
        PageRequest: MessageTypeDefinition<_sf_database_v1_PageRequest, _sf_database_v1_PageRequest__Output>
      }
    }
  }
}

