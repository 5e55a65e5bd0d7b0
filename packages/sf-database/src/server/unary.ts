import { Metadata, type handleUnaryCall, type ServerUnaryCall, type ServiceDefinition, type sendUnaryData } from '@grpc/grpc-js';
import { InternalError, type Logger, type SfError, toSfError } from '@sf/common';
import { ERROR_CODE_KEY, ERROR_DETAILS_KEY, IDEMPOTENCY_KEY, REQUEST_ID_KEY } from '@sf/proto';
import type { Sql } from '../internal/sql.js';
import { once, requestFingerprint } from './idempotency.js';
import type { TierMetrics } from './metrics.js';

export interface CallContext {
  db: Sql;
  requestId: string;
}

export interface RpcRuntime {
  db: Sql;
  log: Logger;
  metrics: TierMetrics;
}

export type Handler<Req, Res> = (req: Req, ctx: CallContext) => Promise<Res>;

/** Writes that are not naturally idempotent run once per idempotency key; reads and upserts need none. */
export type CallKind = 'read' | 'write' | 'once';

function firstString(metadata: Metadata, key: string): string {
  const value = metadata.get(key)[0];
  return typeof value === 'string' ? value : '';
}

/** An SfError leaves as a gRPC status plus its code (and details) in trailing metadata, for the client to rebuild. */
function toStatus(err: SfError): { code: number; details: string; metadata: Metadata } {
  const metadata = new Metadata();
  metadata.set(ERROR_CODE_KEY, err.code);
  if (err.details !== undefined) metadata.set(ERROR_DETAILS_KEY, JSON.stringify(err.details));
  return { code: err.grpcStatus, details: err.message, metadata };
}

/** Client mistakes and refusals are part of normal operation; only server-side failures are logged loudly. */
const QUIET_STATUS = new Set([3, 5, 6, 9]);

/**
 * A method's handler with what every call needs around it (metrics, logs,
 * errors mapped to SfError), however the call arrived: as a unary call or on
 * a pipe. Rejects only with an SfError.
 */
export type Serve<Req, Res> = (request: Req, requestId: string) => Promise<Res>;

/**
 * The unary handlers that may also be served on a pipe: reads. A client
 * cannot withdraw a call it sent on a pipe, so a write it gave up on (and
 * sent to another instance) could still be applied here after a later one.
 */
const pipeable = new WeakMap<object, Serve<unknown, unknown>>();

/** The unary handlers of `once` methods, whose requests are fingerprinted as they are decoded. */
const onceHandlers = new WeakSet<object>();
/** requestFingerprint() of each `once` request's bytes, by the object they were decoded into. */
const requestHashes = new WeakMap<object, string>();

/**
 * The service's definition with each `once` method's decoder also hashing
 * the bytes it decodes, which only the decoder sees: an idempotency key
 * comes back with the same bytes on every attempt of a call.
 */
export function fingerprinted(definition: ServiceDefinition, handlers: object): ServiceDefinition {
  const entries = Object.entries(definition).map(([name, method]) => {
    // grpc-js finds a handler by the method's name or else its originalName (camelCase).
    const byName = handlers as Record<string, unknown>;
    const handler: unknown = byName[name] ?? byName[method.originalName ?? ''];
    if (typeof handler !== 'function' || !onceHandlers.has(handler)) return [name, method] as const;
    const decode = method.requestDeserialize;
    const requestDeserialize = (bytes: Buffer): unknown => {
      const request: unknown = decode(bytes);
      requestHashes.set(request as object, requestFingerprint(bytes));
      return request;
    };
    return [name, { ...method, requestDeserialize }] as const;
  });
  return Object.fromEntries(entries);
}

function fingerprintOf(request: unknown, method: string): string {
  const fingerprint = requestHashes.get(request as object);
  if (fingerprint === undefined) throw new InternalError(`${method}: a keyed request not decoded through fingerprinted()`);
  return fingerprint;
}

/** What a pipe runs for a method whose unary handler is this one; undefined for writes and anything else. */
export function pipeServe(handler: unknown): Serve<unknown, unknown> | undefined {
  return typeof handler === 'function' ? pipeable.get(handler) : undefined;
}

/**
 * Wraps a handler with what every call needs: request id, the idempotency
 * key for `once` calls, metrics, error mapping. Kept lean: it runs on every
 * call, so no per-call logging unless debug is on.
 */
export function unary<Req, Res>(rt: RpcRuntime, method: string, kind: CallKind, handler: Handler<Req, Res>): handleUnaryCall<Req, Res> {
  const observe = rt.metrics.observer(method);
  const debug = rt.log.isLevelEnabled('debug');
  const serve = (request: Req, requestId: string, key: string): Promise<Res> => {
    const started = performance.now();
    const ctx: CallContext = { db: rt.db, requestId };
    let work: Promise<Res>;
    try {
      work = key === '' ? handler(request, ctx) : once(rt.db, { key, method, fingerprint: fingerprintOf(request, method) }, (tx) => handler(request, { db: tx, requestId }));
    } catch (err) {
      work = Promise.reject(err);
    }
    return work.then(
      (result) => {
        const seconds = (performance.now() - started) / 1000;
        observe(0, seconds);
        if (debug) rt.log.debug({ rpc_method: method, request_id: requestId, duration_ms: seconds * 1000 }, 'rpc served');
        return result;
      },
      (err: unknown) => {
        const sfErr = toSfError(err, `${method} failed`);
        const seconds = (performance.now() - started) / 1000;
        observe(sfErr.grpcStatus, seconds);
        const fields = { rpc_method: method, request_id: requestId, duration_ms: seconds * 1000, err: sfErr, code: sfErr.code };
        if (QUIET_STATUS.has(sfErr.grpcStatus)) rt.log.debug(fields, 'rpc refused');
        else rt.log.warn(fields, 'rpc failed');
        throw sfErr;
      },
    );
  };
  const call = (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>): void => {
    const key = kind === 'once' ? firstString(call.metadata, IDEMPOTENCY_KEY) : '';
    serve(call.request, firstString(call.metadata, REQUEST_ID_KEY), key).then(
      (result) => callback(null, result),
      (err: SfError) => callback(toStatus(err)),
    );
  };
  if (kind === 'read') pipeable.set(call, (request, requestId) => serve(request as Req, requestId, '') as Promise<unknown>);
  if (kind === 'once') onceHandlers.add(call);
  return call;
}
