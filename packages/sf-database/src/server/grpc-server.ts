import { createServer, type Server as TcpServer } from 'node:net';
import { Server, ServerCredentials, type ConnectionInjector } from '@grpc/grpc-js';
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
import type { RpcRuntime } from './unary.js';

/** Server side of the keepalive the clients send every 10 s: those pings must never be refused. */
const SERVER_OPTIONS = {
  'grpc.keepalive_permit_without_calls': 1,
  'grpc.http2.min_ping_interval_without_data_ms': 5000,
  'grpc.max_receive_message_length': 100 * 1024 * 1024,
  'grpc.max_send_message_length': 100 * 1024 * 1024,
};

export interface BoundServer {
  server: Server;
  port: number;
  tcp: TcpServer;
  injector: ConnectionInjector;
}

/** What the allocation and scheduling services need beyond the runtime. */
export interface PlacementSettings {
  catalog: PoolCatalog;
  audit: Audit;
  reservationLeaseSeconds: number;
  overcommit: OvercommitPolicy;
}

export async function startGrpcServer(rt: RpcRuntime, placement: PlacementSettings, health: HealthState, host: string, port: number): Promise<BoundServer> {
  const services = databaseServices();
  const server = new Server(SERVER_OPTIONS);
  server.addService(services.namespace, namespaceService(rt));
  server.addService(services.node, nodeService(rt, placement.overcommit));
  server.addService(services.instance, instanceService(rt, placement.catalog, placement.audit));
  server.addService(services.network, networkService(rt, placement.catalog, placement.audit));
  server.addService(services.networkInterface, networkInterfaceService(rt));
  server.addService(services.metadata, metadataService(rt));
  server.addService(services.lock, lockService(rt));
  server.addService(services.operation, operationService(rt));
  server.addService(services.event, eventService(rt));
  server.addService(services.blob, blobService(rt));
  server.addService(services.artifact, artifactService(rt));
  server.addService(services.allocation, allocationService(rt, placement.catalog, placement.audit));
  server.addService(services.scheduling, schedulingService(rt, placement.reservationLeaseSeconds));
  server.addService(services.apiRequest, apiRequestService(rt));
  server.addService(services.instanceView, instanceViewService(rt));
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
  return { server, port: bound, tcp, injector };
}

/** Stops accepting, lets in-flight calls finish for up to graceMs, then cuts the rest. */
export async function stopGrpcServer(bound: BoundServer, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => bound.tcp.close(() => resolve()));
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
