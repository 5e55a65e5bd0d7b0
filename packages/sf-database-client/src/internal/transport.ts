import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Metadata, status as GrpcCode, type ServiceError } from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import { DatabaseUnavailableError, errorFromWire, toSfError, type ErrorDetails, type Logger, type SfError } from '@sf/common';
import { askRevision, type Endpoint, type EndpointPool } from './endpoints.js';

export const REQUEST_ID_KEY = 'sf-request-id';
export const IDEMPOTENCY_KEY = 'sf-idempotency-key';
const ERROR_CODE_KEY = 'sf-error-code';
const ERROR_DETAILS_KEY = 'sf-error-details';

/** Rounds over the endpoints before giving up, with a short pause between rounds. */
const ROUNDS = 3;
const ROUND_PAUSE_MS = [50, 200];
/** No attempt is cut shorter than this to leave time for another endpoint. */
const MIN_ATTEMPT_MS = 1000;

export interface CallOptions {
  /** Milliseconds until the call (all its attempts) must be done; the client's default otherwise. */
  deadlineMs?: number;
  /** The request this call serves, carried to the server's logs. */
  requestId?: string;
  /**
   * For `once` calls: the key that makes the server apply the call at most
   * once. A caller retrying a call itself (after its deadline passed) passes
   * the same key again; by default each call gets a fresh one.
   */
  idempotencyKey?: string;
  /**
   * The API revision the call's meaning depends on (a field an older
   * sf-database would drop): endpoints that speak an older one are not sent
   * it, and with none left the call fails unavailable, naming them.
   */
  requireRevision?: number;
}

/**
 * idempotent: a read or an upsert, retried freely. once: retried with an
 * idempotency key, which the server uses to apply the call at most once.
 */
export type CallKind = 'idempotent' | 'once';

/** options for a call that needs what the given API revision (API_REVISION in @sf/proto lists them) added. */
export function withRevision(revision: number, options: CallOptions | undefined): CallOptions {
  return { ...options, requireRevision: revision };
}

// The loader's method definitions are generic over four message types; the transport only passes them through.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Method<Req, Res> = MethodDefinition<Req, any, any, Res>;

function first(metadata: Metadata | undefined, key: string): string | undefined {
  const value = metadata?.get(key)[0];
  return typeof value === 'string' ? value : undefined;
}

/** The server's SfError, rebuilt from the status and its sf-error-code metadata. */
export function errorFromStatus(err: ServiceError): SfError {
  const detailsText = first(err.metadata, ERROR_DETAILS_KEY);
  let details: ErrorDetails | undefined;
  if (detailsText !== undefined) {
    try {
      details = JSON.parse(detailsText) as ErrorDetails;
    } catch {
      details = undefined;
    }
  }
  return errorFromWire(first(err.metadata, ERROR_CODE_KEY), err.details, err.code, details);
}

/**
 * The transport failed (no sf-error-code came back): the endpoint, not the
 * request, is the problem. A connection cut mid-call can surface as
 * INTERNAL or UNKNOWN (an RST_STREAM) rather than UNAVAILABLE.
 */
function transportFailure(err: ServiceError): boolean {
  if (first(err.metadata, ERROR_CODE_KEY) !== undefined) return false;
  return err.code === GrpcCode.UNAVAILABLE || err.code === GrpcCode.INTERNAL || err.code === GrpcCode.UNKNOWN;
}

/**
 * Takes the endpoint out until its health probe says SERVING again: a dead
 * transport, an attempt cut short (alive but hung), or a server that lost
 * MariaDB. A lock conflict (SF_ERR_UNAVAILABLE_CONFLICT) says nothing of
 * the endpoint's health.
 */
export function endpointUnwell(err: ServiceError, cutShort: boolean): boolean {
  return cutShort || transportFailure(err) || (err.code === GrpcCode.UNAVAILABLE && first(err.metadata, ERROR_CODE_KEY) === 'SF_ERR_UNAVAILABLE');
}

/** Worth another endpoint: a dead transport, or a server that lost MariaDB. Safe for every call: writes carry their idempotency key. */
function retryable(err: ServiceError): boolean {
  return err.code === GrpcCode.UNAVAILABLE || transportFailure(err);
}

export class Transport {
  constructor(
    readonly pool: EndpointPool,
    private readonly defaultDeadlineMs: number,
    private readonly log: Logger | undefined,
  ) {}

  /**
   * One logical call: a deadline over all attempts; UNAVAILABLE (a dead
   * instance, or one that lost MariaDB) or a cut transport moves on to
   * another instance. While another endpoint is left to try, an attempt
   * gets half the remaining time: a hung instance (alive, not answering,
   * not yet caught by keepalive) then costs a retry, not the call.
   */
  async call<Req, Res>(method: Method<Req, Res>, request: Req, kind: CallKind, options: CallOptions = {}): Promise<Res> {
    const deadline = Date.now() + (options.deadlineMs ?? this.defaultDeadlineMs);
    const key = kind === 'once' ? (options.idempotencyKey ?? randomUUID()) : undefined;
    let last: ServiceError | undefined;
    const tooOld = new Set<string>();
    for (let round = 0; round < ROUNDS; round += 1) {
      const tried = new Set<Endpoint>();
      for (let endpoint = this.pool.pick(tried); endpoint !== undefined; endpoint = this.pool.pick(tried)) {
        tried.add(endpoint);
        if (options.requireRevision !== undefined) {
          // Unreachable for the question is unreachable for the call: the next endpoint, as for a dead transport.
          const speaks = await askRevision(endpoint, options.requireRevision).catch(() => undefined);
          if (speaks === undefined) continue;
          if (speaks < options.requireRevision) {
            tooOld.add(`${endpoint.address} speaks ${speaks}`);
            continue;
          }
        }
        const remaining = deadline - Date.now();
        const another = this.pool.endpoints.length > tried.size;
        const attemptDeadline = another && remaining > 2 * MIN_ATTEMPT_MS ? Date.now() + remaining / 2 : deadline;
        try {
          return await attempt(endpoint, method, request, attemptDeadline, options.requestId, key);
        } catch (err) {
          // Anything without a status (a request the serializer refused) is a local bug, not the server's answer.
          if (typeof (err as Partial<ServiceError>).code !== 'number') throw toSfError(err, `${method.path} could not be sent`);
          const e = err as ServiceError;
          const cutShort = e.code === GrpcCode.DEADLINE_EXCEEDED && attemptDeadline < deadline;
          if (!cutShort && !retryable(e)) throw errorFromStatus(e);
          last = e;
          if (endpointUnwell(e, cutShort)) this.pool.markDown(endpoint, e.details);
          this.log?.debug({ rpc_method: method.path, endpoint: endpoint.address, request_id: options.requestId, err: e.details }, 'retrying on another endpoint');
          if (Date.now() >= deadline) break;
        }
      }
      // Every endpoint speaks an older revision: another round would ask the same builds again.
      if (tooOld.size === this.pool.endpoints.length) break;
      const pause = ROUND_PAUSE_MS[round];
      if (pause === undefined || Date.now() + pause >= deadline) break;
      await sleep(pause);
    }
    if (last === undefined && tooOld.size > 0) {
      throw new DatabaseUnavailableError(
        `${method.path} needs sf-database API revision ${options.requireRevision ?? 0} (${[...tooOld].join(', ')}): upgrade sf-database first`,
        { code: 'SF_ERR_UNAVAILABLE_REVISION' },
      );
    }
    throw last === undefined
      ? new DatabaseUnavailableError(`no sf-database endpoint answered ${method.path}`)
      : errorFromStatus(last);
  }
}

function attempt<Req, Res>(
  endpoint: Endpoint,
  method: Method<Req, Res>,
  request: Req,
  deadline: number,
  requestId: string | undefined,
  key: string | undefined,
): Promise<Res> {
  const metadata = new Metadata();
  if (requestId !== undefined) metadata.set(REQUEST_ID_KEY, requestId);
  if (key !== undefined) metadata.set(IDEMPOTENCY_KEY, key);
  return new Promise((resolve, reject) => {
    endpoint.client.makeUnaryRequest<Req, Res>(method.path, method.requestSerialize, method.responseDeserialize, request, metadata, { deadline }, (err, response) => {
      if (err !== null) reject(err);
      else if (response === undefined) reject(Object.assign(new Error('empty reply'), { code: GrpcCode.INTERNAL, details: 'empty reply', metadata: new Metadata() }));
      else resolve(response);
    });
  });
}
