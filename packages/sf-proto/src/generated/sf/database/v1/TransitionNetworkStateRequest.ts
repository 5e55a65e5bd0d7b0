// Original file: proto/sf/database/v1/network.proto


export interface TransitionNetworkStateRequest {
  'uuid'?: (string);
  'namespace'?: (string);
  'to_state'?: (string);
  'from_states'?: (string)[];
  'error_message'?: (string);
  'unless_queued'?: (boolean);
}

export interface TransitionNetworkStateRequest__Output {
  'uuid': (string);
  'namespace': (string);
  'to_state': (string);
  'from_states': (string)[];
  'error_message': (string);
  'unless_queued': (boolean);
}
