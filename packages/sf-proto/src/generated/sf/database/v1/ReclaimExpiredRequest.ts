// Original file: proto/sf/database/v1/allocation.proto


export interface ReclaimExpiredRequest {
  'limit'?: (number);
}

export interface ReclaimExpiredRequest__Output {
  'limit': (number);
}
