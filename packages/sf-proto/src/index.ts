import { fileURLToPath } from 'node:url';
import type { ServiceDefinition } from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';
import type { HealthDefinition } from './generated/grpc/health/v1/Health.js';
import type { AllocationServiceDefinition } from './generated/sf/database/v1/AllocationService.js';
import type { ApiRequestServiceDefinition } from './generated/sf/database/v1/ApiRequestService.js';
import type { ArtifactServiceDefinition } from './generated/sf/database/v1/ArtifactService.js';
import type { BlobServiceDefinition } from './generated/sf/database/v1/BlobService.js';
import type { EventServiceDefinition } from './generated/sf/database/v1/EventService.js';
import type { InstanceServiceDefinition } from './generated/sf/database/v1/InstanceService.js';
import type { InstanceViewServiceDefinition } from './generated/sf/database/v1/InstanceViewService.js';
import type { LockServiceDefinition } from './generated/sf/database/v1/LockService.js';
import type { MetadataServiceDefinition } from './generated/sf/database/v1/MetadataService.js';
import type { NamespaceServiceDefinition } from './generated/sf/database/v1/NamespaceService.js';
import type { NetworkInterfaceServiceDefinition } from './generated/sf/database/v1/NetworkInterfaceService.js';
import type { NetworkServiceDefinition } from './generated/sf/database/v1/NetworkService.js';
import type { NodeServiceDefinition } from './generated/sf/database/v1/NodeService.js';
import type { OperationServiceDefinition } from './generated/sf/database/v1/OperationService.js';
import type { PipeServiceDefinition } from './generated/sf/database/v1/PipeService.js';
import type { SchedulingServiceDefinition } from './generated/sf/database/v1/SchedulingService.js';

export type * from './generated/index.js';

/**
 * What this build of the protos means, bumped whenever a request field or an
 * RPC changes what the tier does. An older sf-database drops fields it does
 * not know (proto3), so a call that depends on them first checks the
 * endpoint's revision, which sf-database sends in its health reply's
 * metadata; a call to an RPC an older sf-database lacks is sent only to
 * endpoints that have it. Revision 2: require_states, unless_queued,
 * GetReservation, FinishUnplacedDelete. Revision 3: FailInstanceCreate,
 * FailNetworkCreate, interface metadata in lists (with_metadata) and views.
 * Revision 4: DeleteInstance, DeleteNetwork and DeleteNamespace purge only
 * what holds nothing, after min_age_seconds (before, a purge could orphan
 * a network's VNI). Revision 5: RetireNamespace and RetireNetwork (the
 * delete decided under the row lock, which creates of what they hold
 * respect), a namespace's first key written with it, HasPendingOperation
 * since a time. Revision 6: request_hash on stored Idempotency-Key replies
 * (an older tier drops it, and sf-api then replays as before). Revision 7:
 * lists of instances, networks and namespaces filtered by the age of their
 * state (the database's clock) and, for instances and networks, by the work
 * queued for them; min_age_seconds on FailInstanceCreate and
 * FailNetworkCreate. Revision 8: PruneOperations (finished work older
 * than a retention); networks listed by whether they still name a VNI.
 * Revision 9: max_keys on SetNamespaceKey (the cap on a namespace's keys,
 * counted under its row lock). Revision 10: PipeService, reads multiplexed on
 * one stream. Revision 11: ListLocks and ListHeldReservations, what GET
 * /admin/locks shows.
 */
export const API_REVISION = 11;
export const API_REVISION_KEY = 'sf-api-revision';

/** Metadata keys of the tier's calls: the request a call serves, the key of a call applied at most once. */
export const REQUEST_ID_KEY = 'sf-request-id';
export const IDEMPOTENCY_KEY = 'sf-idempotency-key';
/** Trailing metadata of a failed call: the tier's error code and its details as JSON. */
export const ERROR_CODE_KEY = 'sf-error-code';
export const ERROR_DETAILS_KEY = 'sf-error-details';

/** Where the .proto files live at run time (they ship with the package). */
export const PROTO_DIR = fileURLToPath(new URL('../../proto', import.meta.url));

export const PROTO_FILES = [
  'grpc/health/v1/health.proto',
  'sf/database/v1/namespace.proto',
  'sf/database/v1/node.proto',
  'sf/database/v1/instance.proto',
  'sf/database/v1/network.proto',
  'sf/database/v1/network_interface.proto',
  'sf/database/v1/metadata.proto',
  'sf/database/v1/lock.proto',
  'sf/database/v1/operation.proto',
  'sf/database/v1/event.proto',
  'sf/database/v1/blob.proto',
  'sf/database/v1/artifact.proto',
  'sf/database/v1/allocation.proto',
  'sf/database/v1/api_request.proto',
  'sf/database/v1/instance_view.proto',
  'sf/database/v1/scheduling.proto',
  'sf/database/v1/pipe.proto',
] as const;

/** Must match the flags of scripts/generate.sh, or the generated types lie. */
export const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_DIR],
};

export interface DatabaseServices {
  health: HealthDefinition;
  namespace: NamespaceServiceDefinition;
  node: NodeServiceDefinition;
  instance: InstanceServiceDefinition;
  network: NetworkServiceDefinition;
  networkInterface: NetworkInterfaceServiceDefinition;
  metadata: MetadataServiceDefinition;
  lock: LockServiceDefinition;
  operation: OperationServiceDefinition;
  event: EventServiceDefinition;
  blob: BlobServiceDefinition;
  artifact: ArtifactServiceDefinition;
  allocation: AllocationServiceDefinition;
  apiRequest: ApiRequestServiceDefinition;
  instanceView: InstanceViewServiceDefinition;
  scheduling: SchedulingServiceDefinition;
  pipe: PipeServiceDefinition;
}

export type ServiceName = keyof DatabaseServices;

let loaded: DatabaseServices | undefined;

function service<T>(definition: protoLoader.PackageDefinition, name: string): T {
  const found = definition[name];
  if (found === undefined || 'format' in found) throw new Error(`proto service ${name} is missing`);
  return found as ServiceDefinition as T;
}

/** Parses the protos once per process; both the server and the client use these definitions. */
export function databaseServices(): DatabaseServices {
  if (loaded !== undefined) return loaded;
  const definition = protoLoader.loadSync([...PROTO_FILES], LOADER_OPTIONS);
  loaded = {
    health: service(definition, 'grpc.health.v1.Health'),
    namespace: service(definition, 'sf.database.v1.NamespaceService'),
    node: service(definition, 'sf.database.v1.NodeService'),
    instance: service(definition, 'sf.database.v1.InstanceService'),
    network: service(definition, 'sf.database.v1.NetworkService'),
    networkInterface: service(definition, 'sf.database.v1.NetworkInterfaceService'),
    metadata: service(definition, 'sf.database.v1.MetadataService'),
    lock: service(definition, 'sf.database.v1.LockService'),
    operation: service(definition, 'sf.database.v1.OperationService'),
    event: service(definition, 'sf.database.v1.EventService'),
    blob: service(definition, 'sf.database.v1.BlobService'),
    artifact: service(definition, 'sf.database.v1.ArtifactService'),
    allocation: service(definition, 'sf.database.v1.AllocationService'),
    apiRequest: service(definition, 'sf.database.v1.ApiRequestService'),
    instanceView: service(definition, 'sf.database.v1.InstanceViewService'),
    scheduling: service(definition, 'sf.database.v1.SchedulingService'),
    pipe: service(definition, 'sf.database.v1.PipeService'),
  };
  return loaded;
}

/** grpc.health.v1 status names, as the loader decodes them (enums as strings). */
export const ServingStatus = { SERVING: 'SERVING', NOT_SERVING: 'NOT_SERVING', SERVICE_UNKNOWN: 'SERVICE_UNKNOWN' } as const;
