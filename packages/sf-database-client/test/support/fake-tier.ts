import { Metadata, Server, ServerCredentials, type handleBidiStreamingCall, type sendUnaryData, type ServerUnaryCall, type ServiceDefinition, type UntypedServiceImplementation } from '@grpc/grpc-js';
import type { Logger } from '@sf/common';
import { API_REVISION_KEY, databaseServices, type PipeCall__Output, type PipeReply } from '@sf/proto';
import { EndpointPool } from '../../src/internal/endpoints.js';

export type Handler = (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => void;

/** A handler that never answers: a hung instance, or one stuck behind MariaDB lock waits. */
export const hang: Handler = () => undefined;

export interface FakeTierOptions {
  /** The health Check handler; by default SERVING with the revision given. */
  health?: Handler;
  revision?: number;
  /** Port to bind (to stand in for a restart); any free one by default. */
  port?: number;
}

export interface FakeTier {
  address: string;
  port: number;
  stop(): void;
}

/**
 * How a stand-in pipe treats each call: the reply to send (now or later),
 * 'hang' to send none, or 'end' to end the stream (status OK) without
 * answering it.
 */
export type PipeAnswer = (call: PipeCall__Output) => PipeReply | Promise<PipeReply> | 'hang' | 'end';

/** A PipeService for fakeTier; opened and cancelled count the streams clients opened and cancelled. */
export function fakePipe(answer: PipeAnswer): {
  service: [ServiceDefinition, Record<string, handleBidiStreamingCall<PipeCall__Output, PipeReply>>];
  opened: () => number;
  cancelled: () => number;
} {
  let opened = 0;
  let cancelled = 0;
  const Pipe: handleBidiStreamingCall<PipeCall__Output, PipeReply> = (stream) => {
    opened += 1;
    stream.on('cancelled', () => {
      cancelled += 1;
    });
    let inFlight = 0;
    let ended = false;
    const endWhenIdle = (): void => {
      if (ended && inFlight === 0) stream.end();
    };
    stream.on('data', (call: PipeCall__Output) => {
      const reply = answer(call);
      if (reply === 'end') stream.end();
      else if (reply !== 'hang') {
        inFlight += 1;
        void Promise.resolve(reply).then((r) => {
          stream.write(r);
          inFlight -= 1;
          endWhenIdle();
        });
      }
    });
    stream.on('end', () => {
      ended = true;
      endWhenIdle();
    });
  };
  return { service: [databaseServices().pipe, { Pipe }], opened: () => opened, cancelled: () => cancelled };
}

/** An sf-database stand-in on loopback serving the given handlers and a health Check. */
export async function fakeTier(services: Array<[ServiceDefinition, Record<string, Handler | handleBidiStreamingCall<PipeCall__Output, PipeReply>>]>, options: FakeTierOptions = {}): Promise<FakeTier> {
  const server = new Server();
  const serving: Handler = (call, callback) => {
    if (options.revision !== undefined) {
      const metadata = new Metadata();
      metadata.set(API_REVISION_KEY, String(options.revision));
      call.sendMetadata(metadata);
    }
    callback(null, { status: 'SERVING' });
  };
  server.addService(databaseServices().health, { Check: options.health ?? serving } as UntypedServiceImplementation);
  for (const [definition, handlers] of services) server.addService(definition, handlers as UntypedServiceImplementation);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`127.0.0.1:${options.port ?? 0}`, ServerCredentials.createInsecure(), (err, p) => (err === null ? resolve(p) : reject(err))),
  );
  return { address: `127.0.0.1:${port}`, port, stop: () => server.forceShutdown() };
}

/** An address nothing listens on: a port bound, then freed. */
export async function deadAddress(): Promise<string> {
  const tier = await fakeTier([]);
  tier.stop();
  return tier.address;
}

/** What a suite makes of stand-in tiers and endpoint pools, stopped and closed after each of its tests. */
export function cleanedAfterEach(): { tiers(...made: FakeTier[]): void; pool(addresses: string[], log?: Logger): EndpointPool } {
  const tiers: FakeTier[] = [];
  const pools: EndpointPool[] = [];
  afterEach(() => {
    for (const pool of pools.splice(0)) pool.close();
    for (const tier of tiers.splice(0)) tier.stop();
  });
  return {
    tiers: (...made) => void tiers.push(...made),
    pool: (addresses, log) => {
      const pool = new EndpointPool(addresses, 60_000, log);
      pools.push(pool);
      return pool;
    },
  };
}
