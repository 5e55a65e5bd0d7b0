// Original file: proto/sf/database/v1/scheduling.proto


export interface ReservationRequest {
  'instance_uuid'?: (string);
  'lease_seconds'?: (number);
  'until_consumed'?: (boolean);
}

export interface ReservationRequest__Output {
  'instance_uuid': (string);
  'lease_seconds': (number);
  'until_consumed': (boolean);
}
