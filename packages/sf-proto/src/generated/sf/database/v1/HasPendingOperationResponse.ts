// Original file: proto/sf/database/v1/operation.proto


export interface HasPendingOperationResponse {
  'pending'?: (boolean);
  'count'?: (number);
}

export interface HasPendingOperationResponse__Output {
  'pending': (boolean);
  'count': (number);
}
