// Original file: proto/sf/database/v1/scheduling.proto


export interface HeldReservation {
  'instance_uuid'?: (string);
  'node'?: (string);
  'namespace'?: (string);
  'lease_expires'?: (number | string);
  'until_consumed'?: (boolean);
}

export interface HeldReservation__Output {
  'instance_uuid': (string);
  'node': (string);
  'namespace': (string);
  'lease_expires': (number);
  'until_consumed': (boolean);
}
