// Original file: proto/sf/database/v1/allocation.proto


export interface ReclaimExpiredResponse {
  'reclaimed'?: (number);
}

export interface ReclaimExpiredResponse__Output {
  'reclaimed': (number);
}
