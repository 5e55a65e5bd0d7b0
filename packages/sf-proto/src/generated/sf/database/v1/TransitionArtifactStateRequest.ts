// Original file: proto/sf/database/v1/artifact.proto


export interface TransitionArtifactStateRequest {
  'uuid'?: (string);
  'namespace'?: (string);
  'to_state'?: (string);
  'from_states'?: (string)[];
}

export interface TransitionArtifactStateRequest__Output {
  'uuid': (string);
  'namespace': (string);
  'to_state': (string);
  'from_states': (string)[];
}
