import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Event as _sf_database_v1_Event, Event__Output as _sf_database_v1_Event__Output } from './sf/database/v1/Event.js';
import type { EventAgeLimit as _sf_database_v1_EventAgeLimit, EventAgeLimit__Output as _sf_database_v1_EventAgeLimit__Output } from './sf/database/v1/EventAgeLimit.js';
import type { EventCountLimit as _sf_database_v1_EventCountLimit, EventCountLimit__Output as _sf_database_v1_EventCountLimit__Output } from './sf/database/v1/EventCountLimit.js';
import type { EventObject as _sf_database_v1_EventObject, EventObject__Output as _sf_database_v1_EventObject__Output } from './sf/database/v1/EventObject.js';
import type { EventServiceClient as _sf_database_v1_EventServiceClient, EventServiceDefinition as _sf_database_v1_EventServiceDefinition } from './sf/database/v1/EventService.js';
import type { GetObjectEventsRequest as _sf_database_v1_GetObjectEventsRequest, GetObjectEventsRequest__Output as _sf_database_v1_GetObjectEventsRequest__Output } from './sf/database/v1/GetObjectEventsRequest.js';
import type { GetObjectEventsResponse as _sf_database_v1_GetObjectEventsResponse, GetObjectEventsResponse__Output as _sf_database_v1_GetObjectEventsResponse__Output } from './sf/database/v1/GetObjectEventsResponse.js';
import type { PruneEventsRequest as _sf_database_v1_PruneEventsRequest, PruneEventsRequest__Output as _sf_database_v1_PruneEventsRequest__Output } from './sf/database/v1/PruneEventsRequest.js';
import type { PruneEventsResponse as _sf_database_v1_PruneEventsResponse, PruneEventsResponse__Output as _sf_database_v1_PruneEventsResponse__Output } from './sf/database/v1/PruneEventsResponse.js';
import type { RecordEventsRequest as _sf_database_v1_RecordEventsRequest, RecordEventsRequest__Output as _sf_database_v1_RecordEventsRequest__Output } from './sf/database/v1/RecordEventsRequest.js';
import type { RecordEventsResponse as _sf_database_v1_RecordEventsResponse, RecordEventsResponse__Output as _sf_database_v1_RecordEventsResponse__Output } from './sf/database/v1/RecordEventsResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sf: {
    database: {
      v1: {
        Event: MessageTypeDefinition<_sf_database_v1_Event, _sf_database_v1_Event__Output>
        EventAgeLimit: MessageTypeDefinition<_sf_database_v1_EventAgeLimit, _sf_database_v1_EventAgeLimit__Output>
        EventCountLimit: MessageTypeDefinition<_sf_database_v1_EventCountLimit, _sf_database_v1_EventCountLimit__Output>
        EventObject: MessageTypeDefinition<_sf_database_v1_EventObject, _sf_database_v1_EventObject__Output>
        EventService: SubtypeConstructor<typeof grpc.Client, _sf_database_v1_EventServiceClient> & { service: _sf_database_v1_EventServiceDefinition }
        GetObjectEventsRequest: MessageTypeDefinition<_sf_database_v1_GetObjectEventsRequest, _sf_database_v1_GetObjectEventsRequest__Output>
        GetObjectEventsResponse: MessageTypeDefinition<_sf_database_v1_GetObjectEventsResponse, _sf_database_v1_GetObjectEventsResponse__Output>
        PruneEventsRequest: MessageTypeDefinition<_sf_database_v1_PruneEventsRequest, _sf_database_v1_PruneEventsRequest__Output>
        PruneEventsResponse: MessageTypeDefinition<_sf_database_v1_PruneEventsResponse, _sf_database_v1_PruneEventsResponse__Output>
        RecordEventsRequest: MessageTypeDefinition<_sf_database_v1_RecordEventsRequest, _sf_database_v1_RecordEventsRequest__Output>
        RecordEventsResponse: MessageTypeDefinition<_sf_database_v1_RecordEventsResponse, _sf_database_v1_RecordEventsResponse__Output>
      }
    }
  }
}

