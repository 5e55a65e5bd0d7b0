import assert from 'node:assert/strict';
import { GrpcStatus, InternalError, InvalidStateTransitionError } from '@sf/common';
import { fromOutcome } from '../../src/internal/outcome.js';

describe('one item of a batched reply', () => {
  const error = (detailsJson: string) => ({ code: 'SF_ERR_INVALID_STATE', message: 'moved on', grpc_code: GrpcStatus.FAILED_PRECONDITION, details_json: detailsJson });

  it('is its value, or its error rebuilt as the class the server threw, with its details', () => {
    assert.equal(fromOutcome('v', null), 'v');
    const err = fromOutcome(null, error('{"current_state":"created"}'));
    assert.ok(err instanceof InvalidStateTransitionError);
    assert.deepEqual(err.details, { current_state: 'created' });
    assert.ok(fromOutcome(null, null) instanceof InternalError);
  });

  it('keeps its typed error when the details are not JSON, rather than throwing for every item of the batch', () => {
    const err = fromOutcome(null, error('{truncated'));
    assert.ok(err instanceof InvalidStateTransitionError);
    assert.equal(err.details, undefined);
  });
});
