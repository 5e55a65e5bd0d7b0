import assert from 'node:assert/strict';
import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { DatabaseUnavailableError, InternalError, InvalidStateTransitionError, NotFoundError } from '@sf/common';
import { endpointUnwell, errorFromStatus } from '../../src/internal/transport.js';

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
});

describe('endpoint health from a failed call', () => {
  it('takes out an endpoint that is down, hung, or lost MariaDB', () => {
    assert.equal(endpointUnwell(serviceError(status.UNAVAILABLE, 'connection refused'), false), true);
    assert.equal(endpointUnwell(serviceError(status.DEADLINE_EXCEEDED, 'deadline'), true), true);
    assert.equal(endpointUnwell(serviceError(status.UNAVAILABLE, 'MariaDB gone', { 'sf-error-code': 'SF_ERR_UNAVAILABLE' }), false), true);
  });

  it('keeps an endpoint that answered: a lock conflict, a refusal, or the caller\'s own deadline', () => {
    assert.equal(endpointUnwell(serviceError(status.UNAVAILABLE, 'deadlock', { 'sf-error-code': 'SF_ERR_UNAVAILABLE_CONFLICT' }), false), false);
    assert.equal(endpointUnwell(serviceError(status.NOT_FOUND, 'gone', { 'sf-error-code': 'SF_ERR_NOT_FOUND' }), false), false);
    assert.equal(endpointUnwell(serviceError(status.DEADLINE_EXCEEDED, 'deadline'), false), false);
  });
});
