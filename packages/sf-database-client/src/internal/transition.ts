import { withRevision, type CallOptions } from './transport.js';

/** What a state transition may add to its target state: the caller's namespace, the states it expects to leave, a message. */
export interface TransitionMore {
  namespace?: string;
  fromStates?: string[];
  errorMessage?: string;
  /** Refused (InvalidStateTransitionError, SF_ERR_INVALID_STATE_QUEUED) if work was ever queued for the object. */
  unlessQueued?: boolean;
}

/** The wire request of an instance's or a network's transition. */
export function transitionRequest(uuid: string, toState: string, more: TransitionMore) {
  return {
    uuid,
    to_state: toState,
    namespace: more.namespace ?? '',
    from_states: more.fromStates ?? [],
    error_message: more.errorMessage ?? '',
    unless_queued: more.unlessQueued === true,
  };
}

/** An sf-database that predates unless_queued would make the transition unguarded: such a call needs a newer one. */
export function transitionOptions(more: TransitionMore, options: CallOptions | undefined): CallOptions | undefined {
  return withRevision(more.unlessQueued === true, options);
}
