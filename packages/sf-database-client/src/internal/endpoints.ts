import { Client, Metadata, connectivityState, credentials, type ChannelOptions } from '@grpc/grpc-js';
import type { Logger } from '@sf/common';
import { API_REVISION_KEY, ServingStatus, databaseServices } from '@sf/proto';
import { Pipe } from './pipe.js';

/**
 * Channel settings of Shaken Fist's database channel: keepalive pings
 * every 10 s, 5 s to answer, even with no call in flight, so a dead
 * instance is noticed within seconds; no HTTP proxy; large messages.
 */
export const CHANNEL_OPTIONS: ChannelOptions = {
  'grpc.keepalive_time_ms': 10_000,
  'grpc.keepalive_timeout_ms': 5_000,
  'grpc.keepalive_permit_without_calls': 1,
  'grpc.http2.max_pings_without_data': 0,
  'grpc.enable_http_proxy': 0,
  'grpc.initial_reconnect_backoff_ms': 500,
  'grpc.max_reconnect_backoff_ms': 5_000,
  'grpc.max_receive_message_length': 100 * 1024 * 1024,
  'grpc.max_send_message_length': 100 * 1024 * 1024,
};

export const DEFAULT_PROBE_INTERVAL_MS = 1_000;
const PROBE_DEADLINE_MS = 1_000;
/** The API revision that added PipeService. */
export const PIPE_REVISION = 10;

export class Endpoint {
  healthy = true;
  probe: NodeJS.Timeout | undefined;
  /**
   * The API revision it speaks, once asked; forgotten when it drops out or
   * its channel leaves READY (it may come back another build).
   */
  revision: number | undefined;
  /** When revision was last read (ms since the epoch). */
  revisionAt = 0;
  /** Reads go here once the instance is known to serve PipeService. */
  readonly pipe: Pipe;
  /** A revision question sent by pipeReady, not yet answered. */
  private asking = false;

  /** Remembers the revision the instance answered with; a pipe refused before is tried again. */
  spoke(revision: number): void {
    this.revision = revision;
    this.revisionAt = Date.now();
    this.pipe.refused = false;
  }

  constructor(
    readonly address: string,
    readonly client: Client,
    log?: Logger,
  ) {
    this.pipe = new Pipe(client, (reason) => log?.warn({ endpoint: address, reason }, 'sf-database pipe refused; reads go unary until it next answers what it speaks'));
    this.forgetRevisionOnReconnect();
  }

  /**
   * Whether a call may ride the pipe: the instance last said it speaks
   * PIPE_REVISION. Never waits: while its revision is unknown (or old) calls go
   * unary and the question is asked in the background.
   */
  pipeReady(): boolean {
    const known = this.revision;
    if ((known === undefined || Date.now() - this.revisionAt >= REVISION_TTL_MS) && !this.asking) {
      this.asking = true;
      healthReply(this.client, PROBE_DEADLINE_MS)
        .then(
          (reply) => this.spoke(reply.revision),
          // Unanswered, the calls themselves find out what is wrong with the instance.
          () => undefined,
        )
        .finally(() => {
          this.asking = false;
        });
    }
    return known !== undefined && known >= PIPE_REVISION && !this.pipe.refused;
  }

  /**
   * Whatever answers after the channel reconnects may be another build: an
   * instance restarted on an older one (a rollback) fails no call, its idle
   * channel just reconnects, and a guarded call would reach a build that
   * drops the call's new fields. The watch ends when the channel shuts down.
   */
  private forgetRevisionOnReconnect(): void {
    const channel = this.client.getChannel();
    const state = channel.getConnectivityState(false);
    if (state === connectivityState.SHUTDOWN) return;
    if (state !== connectivityState.READY) this.revision = undefined;
    channel.watchConnectivityState(state, Infinity, () => this.forgetRevisionOnReconnect());
  }
}

/** "host", "host:port" or "[v6]:port" to a gRPC target. */
export function endpointAddress(host: string, defaultPort: number): string {
  const trimmed = host.trim();
  if (/^\[.*\]:\d+$/.test(trimmed) || /^[^:]+:\d+$/.test(trimmed)) return trimmed;
  return trimmed.includes(':') ? `[${trimmed}]:${defaultPort}` : `${trimmed}:${defaultPort}`;
}

/**
 * Round robin over the tier's instances. An instance whose transport
 * failed is taken out of the rotation and probed with the unary health
 * Check (never Watch, whose stream once wedged Shaken Fist's server) until
 * it answers SERVING. When every instance is out, calls still go round all
 * of them rather than failing without trying.
 */
export class EndpointPool {
  readonly endpoints: Endpoint[];
  private next = 0;
  private closed = false;
  /** Endpoints with a health check asked for by checkNow in flight: concurrent cut-short calls share one. */
  private readonly checking = new Set<Endpoint>();

  constructor(
    addresses: readonly string[],
    private readonly probeIntervalMs: number,
    private readonly log: Logger | undefined,
  ) {
    if (addresses.length === 0) throw new Error('the sf-database tier client needs at least one endpoint');
    this.endpoints = addresses.map((address) => new Endpoint(address, new Client(address, credentials.createInsecure(), CHANNEL_OPTIONS), log));
  }

  pick(exclude: ReadonlySet<Endpoint>): Endpoint | undefined {
    const n = this.endpoints.length;
    let fallback: Endpoint | undefined;
    for (let i = 0; i < n; i += 1) {
      const candidate = this.endpoints[(this.next + i) % n];
      if (candidate === undefined || exclude.has(candidate)) continue;
      if (candidate.healthy) {
        this.next = (this.next + i + 1) % n;
        return candidate;
      }
      fallback ??= candidate;
    }
    if (fallback !== undefined) this.next = (this.endpoints.indexOf(fallback) + 1) % n;
    return fallback;
  }

  /** Whether an endpoint in the rotation is left outside exclude. */
  healthyBesides(exclude: ReadonlySet<Endpoint>): boolean {
    return this.endpoints.some((endpoint) => endpoint.healthy && !exclude.has(endpoint));
  }

  /**
   * An attempt on the endpoint ran out of its share of the time: the instance
   * may be hung, or only slow (MariaDB lock waits, which its health check does
   * not wait on). One health check at once tells them apart: out of the
   * rotation unless it answers SERVING.
   */
  checkNow(endpoint: Endpoint, reason: string): void {
    if (!endpoint.healthy || this.closed || this.checking.has(endpoint)) return;
    this.checking.add(endpoint);
    checkHealth(endpoint.client, PROBE_DEADLINE_MS)
      .then(
        (status) => {
          if (status !== ServingStatus.SERVING) this.markDown(endpoint, `${reason}; health ${status}`);
          else this.log?.debug({ endpoint: endpoint.address, reason }, 'sf-database endpoint slow but serving; kept in rotation');
        },
        (err: unknown) => this.markDown(endpoint, `${reason}; health check failed: ${err instanceof Error ? err.message : String(err)}`),
      )
      .finally(() => this.checking.delete(endpoint));
  }

  markDown(endpoint: Endpoint, reason: string): void {
    if (!endpoint.healthy || this.closed) return;
    endpoint.healthy = false;
    endpoint.revision = undefined;
    this.log?.warn({ endpoint: endpoint.address, reason }, 'sf-database endpoint out of rotation');
    endpoint.probe = setInterval(() => this.probeOnce(endpoint), this.probeIntervalMs);
    endpoint.probe.unref();
  }

  private probeOnce(endpoint: Endpoint): void {
    checkHealth(endpoint.client, PROBE_DEADLINE_MS).then(
      (status) => {
        if (status !== ServingStatus.SERVING || endpoint.healthy || this.closed) return;
        endpoint.healthy = true;
        clearInterval(endpoint.probe);
        endpoint.probe = undefined;
        this.log?.info({ endpoint: endpoint.address }, 'sf-database endpoint back in rotation');
      },
      () => undefined,
    );
  }

  close(): void {
    this.closed = true;
    for (const endpoint of this.endpoints) {
      clearInterval(endpoint.probe);
      endpoint.pipe.close();
      endpoint.client.close();
    }
  }
}

/** One unary grpc.health.v1 Check of the whole server (service ''). */
function checkHealth(client: Client, deadlineMs: number): Promise<string> {
  return healthReply(client, deadlineMs).then((reply) => reply.status);
}

/**
 * How long an answer older than a call needs is believed. An instance
 * restarted on a newer build may keep its connection's place in the pool
 * without ever failing a call, so an old answer is asked again after this.
 */
const OLD_REVISION_MS = 1_000;
/**
 * How long any answer is believed. A reconnect already forgets it; this
 * covers a build change the channel does not see, such as one behind a proxy
 * that keeps the client's connection up.
 */
export const REVISION_TTL_MS = 30_000;

/** The API revision an endpoint speaks, from its health reply; 0 for a build from before revisions. */
export async function askRevision(endpoint: Endpoint, needed: number, deadlineMs = PROBE_DEADLINE_MS): Promise<number> {
  const known = endpoint.revision;
  const believed = known !== undefined && Date.now() - endpoint.revisionAt < (known < needed ? OLD_REVISION_MS : REVISION_TTL_MS);
  if (!believed) endpoint.spoke((await healthReply(endpoint.client, deadlineMs)).revision);
  return endpoint.revision ?? 0;
}

/** The health status of a whole server (service '') and the API revision it speaks, 0 for a build from before revisions. */
export function healthReply(client: Client, deadlineMs: number): Promise<{ status: string; revision: number }> {
  const method = databaseServices().health.Check;
  return new Promise((resolve, reject) => {
    let revision = 0;
    const call = client.makeUnaryRequest(
      method.path,
      method.requestSerialize,
      method.responseDeserialize,
      { service: '' },
      new Metadata(),
      { deadline: Date.now() + deadlineMs },
      (err, response) => (err !== null || response === undefined ? reject(err ?? new Error('empty health reply')) : resolve({ status: String(response.status), revision })),
    );
    call.on('metadata', (metadata: Metadata) => {
      const value = Number(metadata.get(API_REVISION_KEY)[0]);
      revision = Number.isInteger(value) ? value : 0;
    });
  });
}
