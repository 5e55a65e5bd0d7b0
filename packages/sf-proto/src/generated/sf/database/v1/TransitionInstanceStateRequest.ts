// Original file: proto/sf/database/v1/instance.proto


export interface TransitionInstanceStateRequest {
  'uuid'?: (string);
  'namespace'?: (string);
  'to_state'?: (string);
  'from_states'?: (string)[];
  'error_message'?: (string);
  'unless_queued'?: (boolean);
}

export interface TransitionInstanceStateRequest__Output {
  'uuid': (string);
  'namespace': (string);
  'to_state': (string);
  'from_states': (string)[];
  'error_message': (string);
  'unless_queued': (boolean);
}
