/**
 * The one error catalogue. Every error that crosses a package boundary is an
 * SfError; its class decides the HTTP status, the gRPC status and the sf-ctl
 * exit code, so the mapping lives here and nowhere else.
 */

/** gRPC status codes (grpc/status.h); kept here so sf-common needs no gRPC dependency. */
export const GrpcStatus = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;
export type GrpcStatusCode = (typeof GrpcStatus)[keyof typeof GrpcStatus];

export type ErrorDetails = Record<string, unknown>;

export interface SfErrorOptions {
  details?: ErrorDetails;
  cause?: unknown;
  /** A more specific SF_ERR_* code than the class default. */
  code?: string;
}

export interface ErrorMapping {
  readonly httpStatus: number;
  readonly grpcStatus: GrpcStatusCode;
  readonly exitCode: number;
}

export abstract class SfError extends Error {
  abstract readonly mapping: ErrorMapping;
  readonly code: string;
  readonly details: ErrorDetails | undefined;

  constructor(message: string, defaultCode: string, options: SfErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code ?? defaultCode;
    this.details = options.details;
  }

  get httpStatus(): number {
    return this.mapping.httpStatus;
  }

  get grpcStatus(): GrpcStatusCode {
    return this.mapping.grpcStatus;
  }

  get exitCode(): number {
    return this.mapping.exitCode;
  }
}

export class ValidationError extends SfError {
  readonly mapping = { httpStatus: 400, grpcStatus: GrpcStatus.INVALID_ARGUMENT, exitCode: 2 };
  constructor(message: string, options?: SfErrorOptions) {
    super(message, 'SF_ERR_VALIDATION', options);
  }
}

export class UnauthenticatedError extends SfError {
  readonly mapping = { httpStatus: 401, grpcStatus: GrpcStatus.UNAUTHENTICATED, exitCode: 3 };
  constructor(message: string, options?: SfErrorOptions) {
    super(message, 'SF_ERR_UNAUTHENTICATED', options);
  }
}

export class ForbiddenError extends SfError {
  readonly mapping = { httpStatus: 403, grpcStatus: GrpcStatus.PERMISSION_DENIED, exitCode: 3 };
  constructor(message: string, options?: SfErrorOptions) {
    super(message, 'SF_ERR_FORBIDDEN', options);
  }
}

export class NotFoundError extends SfError {
  readonly mapping = { httpStatus: 404, grpcStatus: GrpcStatus.NOT_FOUND, exitCode: 4 };
  constructor(message: string, options?: SfErrorOptions) {
    super(message, 'SF_ERR_NOT_FOUND', options);
  }
}

/** A dependency (a network, an image) is not ready yet; Shaken Fist clients retry a 406. */
export class DependencyNotReadyError extends SfError {
  readonly mapping = { httpStatus: 406, grpcStatus: GrpcStatus.FAILED_PRECONDITION, exitCode: 5 };
  constructor(message: string, options?: SfErrorOptions) {
    super(message, 'SF_ERR_DEPENDENCY_NOT_READY', options);
  }
}

export class AlreadyExistsError extends SfError {
  readonly mapping = { httpStatus: 409, grpcStatus: GrpcStatus.ALREADY_EXISTS, exitCode: 5 };
  constructor(message: string, options?: SfErrorOptions) {
    super(message, 'SF_ERR_ALREADY_EXISTS', options);
  }
}

export class InvalidStateTransitionError extends SfError {
  readonly mapping = { httpStatus: 409, grpcStatus: GrpcStatus.FAILED_PRECONDITION, exitCode: 5 };
  constructor(message: string, options?: SfErrorOptions) {
    super(message, 'SF_ERR_INVALID_STATE', options);
  }
}

export class InsufficientCapacityError extends SfError {
  readonly mapping = { httpStatus: 507, grpcStatus: GrpcStatus.RESOURCE_EXHAUSTED, exitCode: 6 };
  constructor(message: string, options?: SfErrorOptions) {
    super(message, 'SF_ERR_INSUFFICIENT_CAPACITY', options);
  }
}

export class NotImplementedError extends SfError {
  readonly mapping = { httpStatus: 501, grpcStatus: GrpcStatus.UNIMPLEMENTED, exitCode: 1 };
  constructor(message: string, options?: SfErrorOptions) {
    super(message, 'SF_ERR_NOT_IMPLEMENTED', options);
  }
}

/**
 * SF_ERR_UNAVAILABLE_OUTCOME_UNKNOWN: a call that changes data gave up after
 * an attempt that may have reached the tier, so it may or may not have been
 * applied; calling it again with details.idempotency_key applies it at most once.
 */
export class DatabaseUnavailableError extends SfError {
  readonly mapping = { httpStatus: 503, grpcStatus: GrpcStatus.UNAVAILABLE, exitCode: 7 };
  constructor(message: string, options?: SfErrorOptions) {
    super(message, 'SF_ERR_UNAVAILABLE', options);
  }
}

export class InternalError extends SfError {
  readonly mapping = { httpStatus: 500, grpcStatus: GrpcStatus.INTERNAL, exitCode: 1 };
  constructor(message: string, options?: SfErrorOptions) {
    super(message, 'SF_ERR_INTERNAL', options);
  }
}

type SfErrorClass = new (message: string, options?: SfErrorOptions) => SfError;

/** Default code of each class, so a peer can rebuild the class from the code on the wire. */
const CLASS_BY_PREFIX: ReadonlyArray<readonly [string, SfErrorClass]> = [
  ['SF_ERR_VALIDATION', ValidationError],
  ['SF_ERR_UNAUTHENTICATED', UnauthenticatedError],
  ['SF_ERR_FORBIDDEN', ForbiddenError],
  ['SF_ERR_NOT_FOUND', NotFoundError],
  ['SF_ERR_DEPENDENCY_NOT_READY', DependencyNotReadyError],
  ['SF_ERR_ALREADY_EXISTS', AlreadyExistsError],
  ['SF_ERR_INVALID_STATE', InvalidStateTransitionError],
  ['SF_ERR_INSUFFICIENT_CAPACITY', InsufficientCapacityError],
  ['SF_ERR_NOT_IMPLEMENTED', NotImplementedError],
  ['SF_ERR_UNAVAILABLE', DatabaseUnavailableError],
  ['SF_ERR_INTERNAL', InternalError],
];

/**
 * The class of a status that came without a code. RESOURCE_EXHAUSTED is not
 * here: the tier always names its capacity refusals, so one without a code is
 * gRPC's own (a message over the size limit), an internal failure and not a
 * cloud out of room (507).
 */
const CLASS_BY_GRPC: ReadonlyMap<number, SfErrorClass> = new Map<number, SfErrorClass>([
  [GrpcStatus.INVALID_ARGUMENT, ValidationError],
  [GrpcStatus.UNAUTHENTICATED, UnauthenticatedError],
  [GrpcStatus.PERMISSION_DENIED, ForbiddenError],
  [GrpcStatus.NOT_FOUND, NotFoundError],
  [GrpcStatus.ALREADY_EXISTS, AlreadyExistsError],
  [GrpcStatus.FAILED_PRECONDITION, InvalidStateTransitionError],
  [GrpcStatus.UNIMPLEMENTED, NotImplementedError],
  [GrpcStatus.UNAVAILABLE, DatabaseUnavailableError],
  [GrpcStatus.DEADLINE_EXCEEDED, DatabaseUnavailableError],
]);

/**
 * Rebuild an SfError received from a peer. Codes may be more specific than a
 * class default (SF_ERR_NOT_FOUND_INSTANCE), so the longest matching prefix wins;
 * without a code the gRPC status decides.
 */
export function errorFromWire(
  code: string | undefined,
  message: string,
  grpcStatus?: number,
  details?: ErrorDetails,
  cause?: unknown,
): SfError {
  let cls: SfErrorClass | undefined;
  if (code !== undefined) {
    let best = '';
    for (const [prefix, candidate] of CLASS_BY_PREFIX) {
      if (code.startsWith(prefix) && prefix.length > best.length) {
        best = prefix;
        cls = candidate;
      }
    }
  }
  cls ??= (grpcStatus === undefined ? undefined : CLASS_BY_GRPC.get(grpcStatus)) ?? InternalError;
  const options: SfErrorOptions = { details, ...(cause === undefined ? {} : { cause }) };
  if (code !== undefined && code.startsWith('SF_ERR_')) options.code = code;
  return new cls(message, options);
}

/** Only SfError crosses a package boundary: anything else is wrapped, keeping it as the cause. */
export function toSfError(err: unknown, context = 'unexpected error'): SfError {
  if (err instanceof SfError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new InternalError(`${context}: ${message}`, { cause: err });
}

export function isSfError(err: unknown): err is SfError {
  return err instanceof SfError;
}
