// Original file: proto/sf/database/v1/operation.proto


export interface PruneOperationsResponse {
  'deleted'?: (number);
  'more'?: (boolean);
}

export interface PruneOperationsResponse__Output {
  'deleted': (number);
  'more': (boolean);
}
