import { createServer, type Server as TcpServer } from 'node:net';
import { Server, ServerCredentials, type ConnectionInjector, type ServiceDefinition, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { databaseServices } from '@sf/proto';
import type { PoolCatalog } from '../allocator/allocator.js';
import type { Audit } from './audit.js';
import { allocationService } from '../rpc/allocation.rpc.js';
import { apiRequestService } from '../rpc/api-request.rpc.js';
import { artifactService } from '../rpc/artifact.rpc.js';
import { blobService } from '../rpc/blob.rpc.js';
import { eventService } from '../rpc/event.rpc.js';
import { instanceService } from '../rpc/instance.rpc.js';
import { instanceViewService } from '../rpc/instance-view.rpc.js';
import { lockService } from '../rpc/lock.rpc.js';
import { metadataService } from '../rpc/metadata.rpc.js';
import { namespaceService } from '../rpc/namespace.rpc.js';
import { networkInterfaceService } from '../rpc/network-interface.rpc.js';
import { networkService } from '../rpc/network.rpc.js';
import { nodeService } from '../rpc/node.rpc.js';
import { operationService } from '../rpc/operation.rpc.js';
import { schedulingService } from '../rpc/scheduling.rpc.js';
import type { OvercommitPolicy } from '../scheduling/overcommit.js';
import type { HealthState } from './health.js';
import { PipeServer, pipeTargets } from './pipe.js';
import { fingerprinted, type RpcRuntime } from './unary.js';

const MAX_MESSAGE_BYTES = 100 * 1024 * 1024;
/** What a pipe reply carries besides the method's own reply (its id, code and the field's tag and length). */
const PIPE_ENVELOPE_BYTES = 64;

/** Server side of the keepalive the clients send every 10 s: those pings must never be refused. */
const SERVER_OPTIONS = {
  'grpc.keepalive_permit_without_calls': 1,
  'grpc.http2.min_ping_interval_without_data_ms': 5000,
  'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
  'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
};

export interface BoundServer {
  server: Server;
  port: number;
  tcp: TcpServer;
  injector: ConnectionInjector;
  pipe: PipeServer;
}

/** What the allocation and scheduling services need beyond the runtime. */
export interface PlacementSettings {
  catalog: PoolCatalog;
  audit: Audit;
  reservationLeaseSeconds: number;
  overcommit: OvercommitPolicy;
}

/** Every service the tier serves with its handlers, as registered (and as the pipe finds its reads). */
export function serviceTable(rt: RpcRuntime, placement: PlacementSettings): Array<readonly [ServiceDefinition, object]> {
  const services = databaseServices();
  return [
    [services.namespace, namespaceService(rt)],
    [services.node, nodeService(rt, placement.overcommit)],
    [services.instance, instanceService(rt, placement.catalog, placement.audit)],
    [services.network, networkService(rt, placement.catalog, placement.audit)],
    [services.networkInterface, networkInterfaceService(rt)],
    [services.metadata, metadataService(rt)],
    [services.lock, lockService(rt)],
    [services.operation, operationService(rt)],
    [services.event, eventService(rt)],
    [services.blob, blobService(rt)],
    [services.artifact, artifactService(rt)],
    [services.allocation, allocationService(rt, placement.catalog, placement.audit)],
    [services.scheduling, schedulingService(rt, placement.reservationLeaseSeconds)],
    [services.apiRequest, apiRequestService(rt)],
    [services.instanceView, instanceViewService(rt)],
  ];
}

export async function startGrpcServer(rt: RpcRuntime, placement: PlacementSettings, health: HealthState, host: string, port: number): Promise<BoundServer> {
  const services = databaseServices();
  const server = new Server(SERVER_OPTIONS);
  const table = serviceTable(rt, placement);
  for (const [definition, handlers] of table) server.addService(fingerprinted(definition, handlers), handlers as UntypedServiceImplementation);
  const pipe = new PipeServer(pipeTargets(table), rt.log, rt.metrics, MAX_MESSAGE_BYTES - PIPE_ENVELOPE_BYTES);
  server.addService(services.pipe, { Pipe: pipe.handler });
  const names = new Set(
    Object.values(services)
      .map((definition) => (Object.values(definition as object)[0] as { path?: string } | undefined)?.path?.split('/')[1])
      .filter((name): name is string => name !== undefined && !name.startsWith('grpc.')),
  );
  server.addService(services.health, { Check: health.handler(names) });
  // grpc-js's own listener leaves Nagle on for accepted sockets; a reply's
  // HEADERS, DATA and trailers then wait on the peer's delayed ACK (tens of
  // ms per call under concurrency). Our listener sets noDelay and hands each
  // connection to the server.
  const injector = server.createConnectionInjector(ServerCredentials.createInsecure());
  const tcp = createServer({ noDelay: true }, (socket) => injector.injectConnection(socket));
  const bound = await new Promise<number>((resolve, reject) => {
    tcp.once('error', reject);
    tcp.listen(port, host, () => {
      const address = tcp.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
  return { server, port: bound, tcp, injector, pipe };
}

/**
 * Stops accepting, lets in-flight calls finish for up to graceMs, then cuts
 * the rest. Pipes end as soon as their calls are answered, so their clients
 * send what follows to another instance.
 */
export async function stopGrpcServer(bound: BoundServer, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => bound.tcp.close(() => resolve()));
  bound.pipe.drain();
  bound.injector.drain(graceMs);
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      bound.injector.destroy();
      bound.server.forceShutdown();
      resolve();
    }, graceMs);
    bound.server.tryShutdown(() => {
      clearTimeout(timer);
      resolve();
    });
  });
  bound.injector.destroy();
  await closed;
}
