// Original file: proto/sf/database/v1/scheduling.proto


export interface ReleaseReservationResponse {
  'released'?: (boolean);
}

export interface ReleaseReservationResponse__Output {
  'released': (boolean);
}
