import type { Logger, MariadbGatewayConfig } from '@sf/common';
import { AllocationClient } from './allocation.js';
import { ApiRequestClient } from './api-request.js';
import { ArtifactClient } from './artifact.js';
import { BlobClient } from './blob.js';
import { EventClient } from './event.js';
import { EventWriter, type EventWriterOptions } from './event-writer.js';
import { InstanceClient } from './instance.js';
import { InstanceViewClient } from './instance-view.js';
import { DEFAULT_PROBE_INTERVAL_MS, EndpointPool, endpointAddress, healthReply } from './internal/endpoints.js';
import { Transport } from './internal/transport.js';
import { LockClient } from './lock.js';
import { MetadataClient } from './metadata.js';
import { NamespaceClient } from './namespace.js';
import { NetworkInterfaceClient } from './network-interface.js';
import { NetworkClient } from './network.js';
import { NodeClient } from './node.js';
import { OperationClient } from './operation.js';
import { SchedulingClient } from './scheduling.js';

export interface DatabaseClientOptions {
  /** sf-database instances: host or host:port (MARIADB_GATEWAY_HOSTS). */
  hosts: readonly string[];
  /** Port for hosts given without one (MARIADB_GATEWAY_PORT, 13005). */
  port: number;
  /** Deadline of each call, all retries included. */
  deadlineMs: number;
  probeIntervalMs?: number;
  log?: Logger;
}

/**
 * The one way into the data for every process but sf-database: typed
 * calls per resource over a round robin of the tier's instances, with
 * deadlines, retries on another instance, and the server's SfError classes
 * rebuilt on this side.
 */
export class DatabaseClient {
  readonly namespaces: NamespaceClient;
  readonly nodes: NodeClient;
  readonly instances: InstanceClient;
  readonly networks: NetworkClient;
  readonly networkInterfaces: NetworkInterfaceClient;
  readonly metadata: MetadataClient;
  readonly locks: LockClient;
  readonly operations: OperationClient;
  readonly events: EventClient;
  readonly blobs: BlobClient;
  readonly artifacts: ArtifactClient;
  readonly allocations: AllocationClient;
  readonly scheduling: SchedulingClient;
  readonly apiRequests: ApiRequestClient;
  readonly instanceViews: InstanceViewClient;
  private readonly pool: EndpointPool;

  constructor(options: DatabaseClientOptions) {
    this.pool = new EndpointPool(
      options.hosts.map((host) => endpointAddress(host, options.port)),
      options.probeIntervalMs ?? DEFAULT_PROBE_INTERVAL_MS,
      options.log,
    );
    const transport = new Transport(this.pool, options.deadlineMs, options.log);
    this.namespaces = new NamespaceClient(transport);
    this.nodes = new NodeClient(transport);
    this.instances = new InstanceClient(transport);
    this.networks = new NetworkClient(transport);
    this.networkInterfaces = new NetworkInterfaceClient(transport);
    this.metadata = new MetadataClient(transport);
    this.locks = new LockClient(transport);
    this.operations = new OperationClient(transport);
    this.events = new EventClient(transport);
    this.blobs = new BlobClient(transport);
    this.artifacts = new ArtifactClient(transport);
    this.allocations = new AllocationClient(transport);
    this.scheduling = new SchedulingClient(transport);
    this.apiRequests = new ApiRequestClient(transport);
    this.instanceViews = new InstanceViewClient(transport);
  }

  static fromConfig(config: MariadbGatewayConfig, log?: Logger): DatabaseClient {
    return new DatabaseClient({ hosts: config.hosts, port: config.port, deadlineMs: config.deadline_ms, log });
  }

  /** A buffered, never-blocking event writer over this client. */
  eventWriter(options: EventWriterOptions = {}): EventWriter {
    return new EventWriter(this.events, options);
  }

  /**
   * The unary health status of each instance ('SERVING', 'NOT_SERVING', or
   * the error) and the API revision it speaks (absent when it did not
   * answer), for readiness checks; the revision is also what calls are
   * routed by from then on.
   */
  async health(deadlineMs = 2000): Promise<Array<{ address: string; status: string; revision?: number }>> {
    return Promise.all(
      this.pool.endpoints.map(async (endpoint) => {
        try {
          const reply = await healthReply(endpoint.client, deadlineMs);
          // A tier instance restarted on another build answers for the calls routed by revision from now on.
          endpoint.spoke(reply.revision);
          return { address: endpoint.address, ...reply };
        } catch (err) {
          return { address: endpoint.address, status: `error: ${err instanceof Error ? err.message : String(err)}` };
        }
      }),
    );
  }

  /** Addresses currently in the rotation. */
  healthyEndpoints(): string[] {
    return this.pool.endpoints.filter((e) => e.healthy).map((e) => e.address);
  }

  close(): void {
    this.pool.close();
  }
}
