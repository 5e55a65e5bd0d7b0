import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Metadata, status as GrpcCode, type ServiceError } from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import { DatabaseUnavailableError, errorFromWire, toSfError, type Logger, type SfError } from '@sf/common';
import { ERROR_CODE_KEY, ERROR_DETAILS_KEY, IDEMPOTENCY_KEY, REQUEST_ID_KEY } from '@sf/proto';
import { askRevision, type Endpoint, type EndpointPool } from './endpoints.js';
import { PIPE_REFUSED } from './pipe.js';
import { parseErrorDetails } from './error-details.js';

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
   * once. A caller retrying a call itself (after SF_ERR_UNAVAILABLE_OUTCOME_UNKNOWN,
   * whose details.idempotency_key it is) passes the same key again; by
   * default each call gets a fresh one.
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
 * read: changes nothing, retried freely, and sent on the endpoint's pipe
 * when it has one. idempotent: an upsert, retried freely, always unary (a
 * pipe cannot withdraw a call it sent, so an attempt given up on a stalled
 * instance could still be applied there after a later write). once: retried
 * with an idempotency key, which the server uses to apply the call at most
 * once.
 */
export type CallKind = 'read' | 'idempotent' | 'once';

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

/** The server's SfError, rebuilt from the status and its sf-error-code metadata, with the gRPC error as its cause. */
export function errorFromStatus(err: ServiceError): SfError {
  return errorFromWire(first(err.metadata, ERROR_CODE_KEY), err.details, err.code, parseErrorDetails(first(err.metadata, ERROR_DETAILS_KEY)), err);
}

/**
 * The transport failed (no sf-error-code came back): the endpoint, not the
 * request, is the problem. A connection cut mid-call can surface as
 * INTERNAL or UNKNOWN (an RST_STREAM) rather than UNAVAILABLE, and a server
 * torn down mid-call (grpc-js forceShutdown) as CANCELLED: this client never
 * cancels a call itself.
 */
function transportFailure(err: ServiceError): boolean {
  if (first(err.metadata, ERROR_CODE_KEY) !== undefined) return false;
  return err.code === GrpcCode.UNAVAILABLE || err.code === GrpcCode.INTERNAL || err.code === GrpcCode.UNKNOWN || err.code === GrpcCode.CANCELLED;
}

/**
 * Takes the endpoint out until its health probe says SERVING again: a dead
 * transport, or a server that lost MariaDB. A lock conflict
 * (SF_ERR_UNAVAILABLE_CONFLICT) says nothing of the endpoint's health, nor
 * does an attempt cut short (see EndpointPool.checkNow).
 */
export function endpointUnwell(err: ServiceError): boolean {
  return transportFailure(err) || (err.code === GrpcCode.UNAVAILABLE && first(err.metadata, ERROR_CODE_KEY) === 'SF_ERR_UNAVAILABLE');
}

/**
 * grpc-js failures that leave before a request is written: no connection to
 * pick, the channel closed, or the server refused the stream. grpc-js tells
 * them from a connection lost mid-call only by their text.
 */
const NEVER_SENT = ['No connection established', 'Channel closed before call started', 'Stream refused by server'];

/**
 * Whether a failed attempt may have reached a server and run there: it ran
 * out of time, or the transport failed, unless it failed before sending. An
 * answer carrying an sf-error-code is the server's own: what it ran was
 * rolled back. Unsure counts as may have, so a caller is never told a call
 * that committed was not applied.
 */
export function mayHaveRun(err: ServiceError): boolean {
  if (first(err.metadata, ERROR_CODE_KEY) !== undefined) return false;
  if (err.code === GrpcCode.DEADLINE_EXCEEDED) return true;
  return transportFailure(err) && !NEVER_SENT.some((text) => err.details.includes(text));
}

/**
 * A 'once' call given up after an attempt that may have run: applied or not,
 * only the server knows, and it answers a call with the same key with the
 * stored reply if it was applied and runs it if not.
 */
function outcomeUnknown(path: string, last: ServiceError, key: string): DatabaseUnavailableError {
  return new DatabaseUnavailableError(`${path} may or may not have been applied (${last.details}): call it again with the same idempotency key to find out`, {
    code: 'SF_ERR_UNAVAILABLE_OUTCOME_UNKNOWN',
    details: { idempotency_key: key },
    cause: last,
  });
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
   * another instance. While another endpoint in the rotation is left to
   * try, an attempt gets half the remaining time: a hung instance (alive, not
   * answering, not yet caught by keepalive) then costs a retry, not the call.
   * With none left, the attempt gets all of it: cutting it short would fail
   * a call that is only slow. A 'once' call given up after an attempt that
   * may have run fails SF_ERR_UNAVAILABLE_OUTCOME_UNKNOWN with its key.
   */
  async call<Req, Res>(method: Method<Req, Res>, request: Req, kind: CallKind, options: CallOptions = {}): Promise<Res> {
    const deadline = Date.now() + (options.deadlineMs ?? this.defaultDeadlineMs);
    const key = kind === 'once' ? (options.idempotencyKey ?? randomUUID()) : undefined;
    let last: ServiceError | undefined;
    let mayHaveApplied = false;
    const tooOld = new Set<string>();
    for (let round = 0; round < ROUNDS; round += 1) {
      const tried = new Set<Endpoint>();
      for (let endpoint = this.pool.pick(tried); endpoint !== undefined; endpoint = this.pool.pick(tried)) {
        tried.add(endpoint);
        if (options.requireRevision !== undefined) {
          let speaks: number;
          try {
            speaks = await askRevision(endpoint, options.requireRevision);
          } catch (err) {
            // The question is a health check: unanswered, the endpoint is hung or dead for the call too, and
            // out of the rotation until its probe says SERVING, so later calls do not wait on it again.
            this.pool.markDown(endpoint, `API revision question failed: ${err instanceof Error ? err.message : String(err)}`);
            continue;
          }
          if (speaks < options.requireRevision) {
            tooOld.add(`${endpoint.address} speaks ${speaks}`);
            continue;
          }
        }
        const remaining = deadline - Date.now();
        const attemptDeadline = this.pool.healthyBesides(tried) && remaining > 2 * MIN_ATTEMPT_MS ? Date.now() + remaining / 2 : deadline;
        try {
          return await attempt(endpoint, method, request, kind, attemptDeadline, options.requestId, key);
        } catch (err) {
          // Anything without a status (a request the serializer refused) is a local bug, not the server's answer.
          if (typeof (err as Partial<ServiceError>).code !== 'number') throw toSfError(err, `${method.path} could not be sent`);
          const e = err as ServiceError;
          const cutShort = e.code === GrpcCode.DEADLINE_EXCEEDED && attemptDeadline < deadline;
          mayHaveApplied ||= mayHaveRun(e);
          if (!cutShort && !retryable(e)) {
            if (key !== undefined && mayHaveApplied && e.code === GrpcCode.DEADLINE_EXCEEDED) throw outcomeUnknown(method.path, e, key);
            throw errorFromStatus(e);
          }
          last = e;
          if (cutShort) this.pool.checkNow(endpoint, e.details);
          else if (endpointUnwell(e)) this.pool.markDown(endpoint, e.details);
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
    if (last === undefined) throw new DatabaseUnavailableError(`no sf-database endpoint answered ${method.path}`);
    throw key !== undefined && mayHaveApplied ? outcomeUnknown(method.path, last, key) : errorFromStatus(last);
  }
}

/**
 * Sent again unary to the same endpoint: the pipe was refused (the call never
 * ran), or the tier does not serve this method on a pipe (a build that does
 * not count it among its reads).
 */
function unaryInstead(err: unknown): boolean {
  const code = first((err as Partial<ServiceError>).metadata, ERROR_CODE_KEY);
  return code === PIPE_REFUSED || code === 'SF_ERR_NOT_IMPLEMENTED';
}

/** A read rides the endpoint's pipe when it has one. */
function attempt<Req, Res>(
  endpoint: Endpoint,
  method: Method<Req, Res>,
  request: Req,
  kind: CallKind,
  deadline: number,
  requestId: string | undefined,
  key: string | undefined,
): Promise<Res> {
  if (kind === 'read' && endpoint.pipeReady()) {
    return endpoint.pipe.call(method.path, method.requestSerialize(request), deadline, requestId).then(
      (bytes) => method.responseDeserialize(bytes),
      (err: unknown) => {
        if (!unaryInstead(err)) throw err;
        return unaryAttempt(endpoint, method, request, deadline, requestId, key);
      },
    );
  }
  return unaryAttempt(endpoint, method, request, deadline, requestId, key);
}

function unaryAttempt<Req, Res>(
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
