// Original file: proto/sf/database/v1/namespace.proto


export interface TransitionNamespaceStateRequest {
  'name'?: (string);
  'to_state'?: (string);
  'from_states'?: (string)[];
}

export interface TransitionNamespaceStateRequest__Output {
  'name': (string);
  'to_state': (string);
  'from_states': (string)[];
}
