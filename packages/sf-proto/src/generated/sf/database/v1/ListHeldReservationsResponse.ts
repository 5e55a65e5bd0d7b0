// Original file: proto/sf/database/v1/scheduling.proto

import type { HeldReservation as _sf_database_v1_HeldReservation, HeldReservation__Output as _sf_database_v1_HeldReservation__Output } from '../../../sf/database/v1/HeldReservation.js';

export interface ListHeldReservationsResponse {
  'reservations'?: (_sf_database_v1_HeldReservation)[];
}

export interface ListHeldReservationsResponse__Output {
  'reservations': (_sf_database_v1_HeldReservation__Output)[];
}
