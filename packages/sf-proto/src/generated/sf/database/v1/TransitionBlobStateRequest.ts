// Original file: proto/sf/database/v1/blob.proto


export interface TransitionBlobStateRequest {
  'uuid'?: (string);
  'to_state'?: (string);
  'from_states'?: (string)[];
}

export interface TransitionBlobStateRequest__Output {
  'uuid': (string);
  'to_state': (string);
  'from_states': (string)[];
}
