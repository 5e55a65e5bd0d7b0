// Original file: proto/sf/database/v1/scheduling.proto


export interface ReapExpiredReservationsResponse {
  'instance_uuids'?: (string)[];
}

export interface ReapExpiredReservationsResponse__Output {
  'instance_uuids': (string)[];
}
