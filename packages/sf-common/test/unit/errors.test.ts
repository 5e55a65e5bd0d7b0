import assert from 'node:assert/strict';
import {
  AlreadyExistsError,
  DatabaseUnavailableError,
  DependencyNotReadyError,
  ForbiddenError,
  GrpcStatus,
  InsufficientCapacityError,
  InternalError,
  InvalidStateTransitionError,
  NotFoundError,
  NotImplementedError,
  type SfError,
  UnauthenticatedError,
  ValidationError,
  errorFromWire,
  toSfError,
} from '../../src/errors.js';

describe('errors', () => {
  const table: Array<[SfError, number, number, number]> = [
    [new ValidationError('x'), 400, GrpcStatus.INVALID_ARGUMENT, 2],
    [new UnauthenticatedError('x'), 401, GrpcStatus.UNAUTHENTICATED, 3],
    [new ForbiddenError('x'), 403, GrpcStatus.PERMISSION_DENIED, 3],
    [new NotFoundError('x'), 404, GrpcStatus.NOT_FOUND, 4],
    [new DependencyNotReadyError('x'), 406, GrpcStatus.FAILED_PRECONDITION, 5],
    [new AlreadyExistsError('x'), 409, GrpcStatus.ALREADY_EXISTS, 5],
    [new InvalidStateTransitionError('x'), 409, GrpcStatus.FAILED_PRECONDITION, 5],
    [new NotImplementedError('x'), 501, GrpcStatus.UNIMPLEMENTED, 1],
    [new InsufficientCapacityError('x'), 507, GrpcStatus.RESOURCE_EXHAUSTED, 6],
    [new DatabaseUnavailableError('x'), 503, GrpcStatus.UNAVAILABLE, 7],
    [new InternalError('x'), 500, GrpcStatus.INTERNAL, 1],
  ];

  for (const [err, http, grpc, exit] of table) {
    it(`maps ${err.name} to HTTP ${http}, gRPC ${grpc}, exit ${exit}`, () => {
      assert.equal(err.httpStatus, http);
      assert.equal(err.grpcStatus, grpc);
      assert.equal(err.exitCode, exit);
      assert.ok(err.code.startsWith('SF_ERR_'));
    });

    it(`rebuilds ${err.name} from its wire code`, () => {
      const rebuilt = errorFromWire(err.code, 'again', err.grpcStatus, { a: 1 });
      assert.equal(rebuilt.constructor, err.constructor);
      assert.equal(rebuilt.message, 'again');
      assert.deepEqual(rebuilt.details, { a: 1 });
    });
  }

  it('keeps a more specific code and picks the class by its longest prefix', () => {
    const err = errorFromWire('SF_ERR_NOT_FOUND_INSTANCE', 'instance not found');
    assert.ok(err instanceof NotFoundError);
    assert.equal(err.code, 'SF_ERR_NOT_FOUND_INSTANCE');
  });

  it('keeps an outcome-unknown unavailability as unavailable, with its code and idempotency key', () => {
    const err = errorFromWire('SF_ERR_UNAVAILABLE_OUTCOME_UNKNOWN', 'may or may not have been applied', GrpcStatus.UNAVAILABLE, { idempotency_key: 'k' });
    assert.ok(err instanceof DatabaseUnavailableError);
    assert.equal(err.code, 'SF_ERR_UNAVAILABLE_OUTCOME_UNKNOWN');
    assert.equal(err.httpStatus, 503);
    assert.equal(err.grpcStatus, GrpcStatus.UNAVAILABLE);
    assert.deepEqual(err.details, { idempotency_key: 'k' });
  });

  it('falls back to the gRPC status when no code came', () => {
    assert.ok(errorFromWire(undefined, 'down', GrpcStatus.UNAVAILABLE) instanceof DatabaseUnavailableError);
    assert.ok(errorFromWire(undefined, 'odd', GrpcStatus.DATA_LOSS) instanceof InternalError);
  });

  it("takes a RESOURCE_EXHAUSTED without a code for gRPC's own (a message too large), not a cloud out of capacity", () => {
    const err = errorFromWire(undefined, 'Received message larger than max', GrpcStatus.RESOURCE_EXHAUSTED);
    assert.ok(err instanceof InternalError);
    assert.equal(err.httpStatus, 500);
    assert.ok(errorFromWire('SF_ERR_INSUFFICIENT_CAPACITY_NODES', 'no room', GrpcStatus.RESOURCE_EXHAUSTED) instanceof InsufficientCapacityError);
  });

  it('wraps foreign errors as InternalError keeping the cause', () => {
    const cause = new TypeError('boom');
    const wrapped = toSfError(cause, 'reading row');
    assert.ok(wrapped instanceof InternalError);
    assert.equal(wrapped.cause, cause);
    assert.match(wrapped.message, /reading row: boom/);
    const known = new NotFoundError('gone');
    assert.equal(toSfError(known), known);
  });
});
