// Original file: proto/sf/database/v1/allocation.proto


export interface Owner {
  'type'?: (string);
  'uuid'?: (string);
}

export interface Owner__Output {
  'type': (string);
  'uuid': (string);
}
