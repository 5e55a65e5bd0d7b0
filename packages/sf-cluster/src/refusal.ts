import { DatabaseUnavailableError, InvalidStateTransitionError, NotFoundError } from '@sf/common';
import { WorkStopped } from './work-stopped.js';

/**
 * The tier refused a mending call because the object moved on (its state no
 * longer allows the call) or is gone. A job leaves such an object to a later
 * pass instead of failing the whole pass.
 */
export function isRefusal(err: unknown): boolean {
  return err instanceof InvalidStateTransitionError || err instanceof NotFoundError;
}

/**
 * What stops a whole job rather than one item: the tier unreachable, out of
 * time or too old for the call (every item would fail the same way), or the
 * work told to stop. A conflict with a concurrent update is one object's.
 */
export function abortsJob(err: unknown): boolean {
  if (err instanceof WorkStopped) return true;
  return err instanceof DatabaseUnavailableError && err.code !== 'SF_ERR_UNAVAILABLE_CONFLICT';
}
