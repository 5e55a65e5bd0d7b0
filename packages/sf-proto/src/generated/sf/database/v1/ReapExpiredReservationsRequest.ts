// Original file: proto/sf/database/v1/scheduling.proto


export interface ReapExpiredReservationsRequest {
  'limit'?: (number);
}

export interface ReapExpiredReservationsRequest__Output {
  'limit': (number);
}
