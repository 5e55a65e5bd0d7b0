// Original file: proto/sf/database/v1/operation.proto


export interface PruneOperationsRequest {
  'min_age_seconds'?: (number);
  'limit'?: (number);
}

export interface PruneOperationsRequest__Output {
  'min_age_seconds': (number);
  'limit': (number);
}
