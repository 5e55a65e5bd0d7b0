import assert from 'node:assert/strict';
import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { DatabaseUnavailableError, InternalError, InvalidStateTransitionError, NotFoundError } from '@sf/common';
import { endpointUnwell, errorFromStatus, mayHaveRun } from '../../src/internal/transport.js';

function serviceError(code: number, details: string, meta: Record<string, string> = {}): ServiceError {
  const metadata = new Metadata();
  for (const [k, v] of Object.entries(meta)) metadata.set(k, v);
  return Object.assign(new Error(details), { code, details, metadata });
}

describe('errors from the wire', () => {
  it('rebuilds the server class from sf-error-code, with its details', () => {
    const err = errorFromStatus(
      serviceError(status.FAILED_PRECONDITION, 'instance x is created; it cannot move to initial', {
        'sf-error-code': 'SF_ERR_INVALID_STATE',
        'sf-error-details': '{"current_state":"created"}',
      }),
    );
    assert.ok(err instanceof InvalidStateTransitionError);
    assert.equal(err.message, 'instance x is created; it cannot move to initial');
    assert.deepEqual(err.details, { current_state: 'created' });
    const specific = errorFromStatus(serviceError(status.NOT_FOUND, 'gone', { 'sf-error-code': 'SF_ERR_NOT_FOUND_INSTANCE' }));
    assert.ok(specific instanceof NotFoundError);
    assert.equal(specific.code, 'SF_ERR_NOT_FOUND_INSTANCE');
  });

  it('maps transport failures by status when no code came back', () => {
    assert.ok(errorFromStatus(serviceError(status.UNAVAILABLE, 'connection refused')) instanceof DatabaseUnavailableError);
    assert.ok(errorFromStatus(serviceError(status.DEADLINE_EXCEEDED, 'deadline')) instanceof DatabaseUnavailableError);
    assert.ok(errorFromStatus(serviceError(status.INTERNAL, 'boom')) instanceof InternalError);
  });

  it('keeps the gRPC error as the cause', () => {
    const grpc = serviceError(status.NOT_FOUND, 'gone', { 'sf-error-code': 'SF_ERR_NOT_FOUND_INSTANCE' });
    assert.equal(errorFromStatus(grpc).cause, grpc);
  });

  it('keeps the class and code when the details are not a JSON object', () => {
    for (const text of ['{not json', '[1]', '7']) {
      const err = errorFromStatus(serviceError(status.FAILED_PRECONDITION, 'moved on', { 'sf-error-code': 'SF_ERR_INVALID_STATE', 'sf-error-details': text }));
      assert.ok(err instanceof InvalidStateTransitionError);
      assert.equal(err.details, undefined);
    }
  });
});

describe('endpoint health from a failed call', () => {
  it('takes out an endpoint that is down or lost MariaDB', () => {
    assert.equal(endpointUnwell(serviceError(status.UNAVAILABLE, 'connection refused')), true);
    assert.equal(endpointUnwell(serviceError(status.INTERNAL, 'Received RST_STREAM with code 2')), true);
    assert.equal(endpointUnwell(serviceError(status.CANCELLED, 'Call cancelled')), true);
    assert.equal(endpointUnwell(serviceError(status.UNAVAILABLE, 'MariaDB gone', { 'sf-error-code': 'SF_ERR_UNAVAILABLE' })), true);
  });

  it('keeps an endpoint that answered: a lock conflict, a refusal, or a deadline (a cut-short attempt is probed instead)', () => {
    assert.equal(endpointUnwell(serviceError(status.UNAVAILABLE, 'deadlock', { 'sf-error-code': 'SF_ERR_UNAVAILABLE_CONFLICT' })), false);
    assert.equal(endpointUnwell(serviceError(status.NOT_FOUND, 'gone', { 'sf-error-code': 'SF_ERR_NOT_FOUND' })), false);
    assert.equal(endpointUnwell(serviceError(status.DEADLINE_EXCEEDED, 'deadline')), false);
  });
});

describe('whether a failed attempt may have run', () => {
  it('may have when it ran out of time or the transport broke after sending', () => {
    assert.equal(mayHaveRun(serviceError(status.DEADLINE_EXCEEDED, 'Deadline exceeded after 1.001s')), true);
    assert.equal(mayHaveRun(serviceError(status.UNAVAILABLE, 'Connection dropped')), true);
    assert.equal(mayHaveRun(serviceError(status.UNAVAILABLE, 'read ECONNRESET')), true);
    assert.equal(mayHaveRun(serviceError(status.INTERNAL, 'Received RST_STREAM with code 2 (Internal server error)')), true);
    assert.equal(mayHaveRun(serviceError(status.CANCELLED, 'Call cancelled')), true, 'the server was torn down mid-call');
  });

  it('has not when it never left, or the server answered with its own error', () => {
    assert.equal(mayHaveRun(serviceError(status.UNAVAILABLE, 'No connection established. Last error: connect ECONNREFUSED 127.0.0.1:1')), false);
    assert.equal(mayHaveRun(serviceError(status.UNAVAILABLE, 'Stream refused by server')), false);
    assert.equal(mayHaveRun(serviceError(status.UNAVAILABLE, 'Channel closed before call started')), false);
    assert.equal(mayHaveRun(serviceError(status.UNAVAILABLE, 'MariaDB gone', { 'sf-error-code': 'SF_ERR_UNAVAILABLE' })), false);
    assert.equal(mayHaveRun(serviceError(status.NOT_FOUND, 'gone', { 'sf-error-code': 'SF_ERR_NOT_FOUND' })), false);
  });
});
