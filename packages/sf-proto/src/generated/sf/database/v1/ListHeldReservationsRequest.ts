// Original file: proto/sf/database/v1/scheduling.proto


export interface ListHeldReservationsRequest {
  'limit'?: (number);
}

export interface ListHeldReservationsRequest__Output {
  'limit': (number);
}
