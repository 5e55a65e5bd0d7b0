// Original file: proto/sf/database/v1/scheduling.proto


export interface Placement {
  'instance_uuid'?: (string);
  'node'?: (string);
  'reservation_uuid'?: (string);
}

export interface Placement__Output {
  'instance_uuid': (string);
  'node': (string);
  'reservation_uuid': (string);
}
