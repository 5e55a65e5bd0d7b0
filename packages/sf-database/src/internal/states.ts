import { InvalidStateTransitionError, ValidationError } from '@sf/common';

/**
 * The state machines of API.md section 13, as data: for each state, the
 * states it may move to. sf-database enforces them with one guarded UPDATE
 * (`WHERE state IN (<states that may reach the target>)`).
 */
export type StateMachine = Readonly<Record<string, readonly string[]>>;

const instanceErrorExits = ['error', 'delete-wait', 'deleted'];

export const INSTANCE_STATES: StateMachine = {
  initial: ['preflight', 'creating', 'delete-wait', 'deleted', 'initial-error'],
  preflight: ['creating', 'delete-wait', 'deleted', 'preflight-error'],
  creating: ['created', 'delete-wait', 'deleted', 'creating-error'],
  created: ['delete-wait', 'deleted', 'created-error'],
  'delete-wait': ['deleted', 'delete-wait-error'],
  'initial-error': instanceErrorExits,
  'preflight-error': instanceErrorExits,
  'creating-error': instanceErrorExits,
  'created-error': instanceErrorExits,
  'delete-wait-error': instanceErrorExits,
  error: ['delete-wait', 'deleted'],
  deleted: [],
};
export const INSTANCE_START_STATES = ['initial', 'error'];

export const NETWORK_STATES: StateMachine = {
  initial: ['created', 'deleted', 'error'],
  created: ['delete-wait', 'deleted', 'error'],
  'delete-wait': ['deleted', 'error'],
  error: ['deleted'],
  deleted: [],
};
export const NETWORK_START_STATES = ['initial'];

export const NETWORK_INTERFACE_STATES: StateMachine = {
  initial: ['created', 'deleted', 'error'],
  created: ['deleted', 'error'],
  error: ['deleted'],
  deleted: [],
};
export const NETWORK_INTERFACE_START_STATES = ['initial'];

export const NAMESPACE_STATES: StateMachine = {
  created: ['deleted'],
  deleted: [],
};
export const NAMESPACE_START_STATES = ['created'];

export const NODE_STATES: StateMachine = {
  created: ['stopping', 'missing', 'error', 'deleted'],
  stopping: ['stopped', 'created', 'error', 'deleted'],
  stopped: ['created', 'error', 'deleted'],
  missing: ['created', 'error', 'deleted'],
  error: ['created', 'deleted'],
  deleted: [],
};
export const NODE_START_STATES = ['created', 'error', 'missing'];

/**
 * The states a transition to `to` may start from, optionally narrowed by the
 * caller's expectation. Refuses an unknown target or an empty result, so a
 * guarded UPDATE is never built with an empty IN list.
 */
export function allowedSources(machine: StateMachine, kind: string, to: string, narrowTo: readonly string[] = []): string[] {
  if (!(to in machine)) throw new ValidationError(`${kind} state "${to}" does not exist`);
  let sources = Object.keys(machine).filter((from) => machine[from]?.includes(to) === true);
  if (narrowTo.length > 0) sources = sources.filter((from) => narrowTo.includes(from));
  if (sources.length === 0) {
    throw new InvalidStateTransitionError(`no ${kind} state ${narrowTo.length > 0 ? `among ${narrowTo.join(', ')} ` : ''}may move to ${to}`);
  }
  return sources;
}

export function checkStartState(starts: readonly string[], kind: string, state: string): string {
  const chosen = state === '' ? (starts[0] ?? '') : state;
  if (!starts.includes(chosen)) throw new ValidationError(`a new ${kind} starts in ${starts.join(' or ')}, not ${chosen}`);
  return chosen;
}

/** Blobs and artifacts (API.md section 13.1): initial -> created -> deleted, plus error. */
export const BLOB_STATES: StateMachine = {
  initial: ['created', 'deleted', 'error'],
  created: ['deleted', 'error'],
  error: ['deleted'],
  deleted: [],
};
export const BLOB_START_STATES = ['initial', 'created'];

export const ARTIFACT_STATES: StateMachine = BLOB_STATES;
export const ARTIFACT_START_STATES = ['initial', 'created'];
