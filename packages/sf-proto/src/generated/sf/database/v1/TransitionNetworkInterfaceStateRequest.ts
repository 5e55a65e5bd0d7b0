// Original file: proto/sf/database/v1/network_interface.proto


export interface TransitionNetworkInterfaceStateRequest {
  'uuid'?: (string);
  'namespace'?: (string);
  'to_state'?: (string);
  'from_states'?: (string)[];
}

export interface TransitionNetworkInterfaceStateRequest__Output {
  'uuid': (string);
  'namespace': (string);
  'to_state': (string);
  'from_states': (string)[];
}
