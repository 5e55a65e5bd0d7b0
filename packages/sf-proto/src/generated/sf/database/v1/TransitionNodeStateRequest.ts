// Original file: proto/sf/database/v1/node.proto


export interface TransitionNodeStateRequest {
  'name'?: (string);
  'to_state'?: (string);
  'from_states'?: (string)[];
}

export interface TransitionNodeStateRequest__Output {
  'name': (string);
  'to_state': (string);
  'from_states': (string)[];
}
