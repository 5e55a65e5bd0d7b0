// Original file: proto/sf/database/v1/operation.proto


export interface ClaimOperationsRequest {
  'node'?: (string);
  'roles'?: (string)[];
  'limit'?: (number);
  'lease_seconds'?: (number);
}

export interface ClaimOperationsRequest__Output {
  'node': (string);
  'roles': (string)[];
  'limit': (number);
  'lease_seconds': (number);
}
