/** What a state transition may add to its target state: the caller's namespace, the states it expects to leave, a message. */
export interface TransitionMore {
  namespace?: string;
  fromStates?: string[];
  errorMessage?: string;
}

/** The wire request of an instance's or a network's transition. */
export function transitionRequest(uuid: string, toState: string, more: TransitionMore) {
  return {
    uuid,
    to_state: toState,
    namespace: more.namespace ?? '',
    from_states: more.fromStates ?? [],
    error_message: more.errorMessage ?? '',
  };
}

/** How a create failed, for the object's error_message; the caller's namespace; how long it must have been unchanged. */
export interface FailCreateMore {
  namespace?: string;
  errorMessage?: string;
  /** Refused unless the object's state last changed at least this long ago, by the database's clock. */
  minAgeSeconds?: number;
}

/** The wire request that fails an instance's or a network's create. */
export function failCreateRequest(uuid: string, more: FailCreateMore) {
  return { uuid, namespace: more.namespace ?? '', error_message: more.errorMessage ?? '', min_age_seconds: more.minAgeSeconds ?? 0 };
}

/** The revision a fail-create needs: an older sf-database would drop the minimum age and fail it at once. */
export function failCreateRevision(more: FailCreateMore): number {
  return (more.minAgeSeconds ?? 0) > 0 ? 7 : 3;
}

/** An instance's create also names the interfaces it planned: some may hold allocations but have no row yet. */
export interface FailInstanceCreateMore extends FailCreateMore {
  interfaceUuids?: string[];
}
