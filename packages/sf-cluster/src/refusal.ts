import { InvalidStateTransitionError, NotFoundError } from '@sf/common';

/**
 * The tier refused a mending call because the object moved on (its state no
 * longer allows the call) or is gone. A job leaves such an object to a later
 * pass instead of failing the whole pass.
 */
export function isRefusal(err: unknown): boolean {
  return err instanceof InvalidStateTransitionError || err instanceof NotFoundError;
}
