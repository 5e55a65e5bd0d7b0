// Original file: proto/sf/database/v1/instance.proto


export interface FinishUnplacedDeleteRequest {
  'uuid'?: (string);
  'namespace'?: (string);
  'from_states'?: (string)[];
}

export interface FinishUnplacedDeleteRequest__Output {
  'uuid': (string);
  'namespace': (string);
  'from_states': (string)[];
}
