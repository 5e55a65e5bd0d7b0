// Original file: proto/sf/database/v1/allocation.proto


export interface ListPoolUsageRequest {
  'pool_prefix'?: (string);
}

export interface ListPoolUsageRequest__Output {
  'pool_prefix': (string);
}
