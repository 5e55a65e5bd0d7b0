import { Metadata, type handleUnaryCall, type ServerUnaryCall, type sendUnaryData } from '@grpc/grpc-js';
import { type Logger, type SfError, toSfError } from '@sf/common';
import type { Sql } from '../internal/sql.js';
import { once } from './idempotency.js';
import type { TierMetrics } from './metrics.js';

/** Metadata keys of the tier's calls. */
export const REQUEST_ID_KEY = 'sf-request-id';
export const IDEMPOTENCY_KEY = 'sf-idempotency-key';
export const ERROR_CODE_KEY = 'sf-error-code';
export const ERROR_DETAILS_KEY = 'sf-error-details';

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
 * Wraps a handler with what every call needs: request id, the idempotency
 * key for `once` calls, metrics, error mapping. Kept lean: it runs on every
 * call, so no per-call logging unless debug is on.
 */
export function unary<Req, Res>(rt: RpcRuntime, method: string, kind: CallKind, handler: Handler<Req, Res>): handleUnaryCall<Req, Res> {
  const observe = rt.metrics.observer(method);
  const debug = rt.log.isLevelEnabled('debug');
  return (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>) => {
    const started = performance.now();
    const requestId = firstString(call.metadata, REQUEST_ID_KEY);
    const key = kind === 'once' ? firstString(call.metadata, IDEMPOTENCY_KEY) : '';
    const ctx: CallContext = { db: rt.db, requestId };
    let work: Promise<Res>;
    try {
      work = key === '' ? handler(call.request, ctx) : once(rt.db, key, method, (tx) => handler(call.request, { db: tx, requestId }));
    } catch (err) {
      work = Promise.reject(err);
    }
    work.then(
      (result) => {
        const seconds = (performance.now() - started) / 1000;
        observe(0, seconds);
        if (debug) rt.log.debug({ rpc_method: method, request_id: requestId, duration_ms: seconds * 1000 }, 'rpc served');
        callback(null, result);
      },
      (err: unknown) => {
        const sfErr = toSfError(err, `${method} failed`);
        const seconds = (performance.now() - started) / 1000;
        observe(sfErr.grpcStatus, seconds);
        const fields = { rpc_method: method, request_id: requestId, duration_ms: seconds * 1000, err: sfErr, code: sfErr.code };
        if (QUIET_STATUS.has(sfErr.grpcStatus)) rt.log.debug(fields, 'rpc refused');
        else rt.log.warn(fields, 'rpc failed');
        callback(toStatus(sfErr));
      },
    );
  };
}
