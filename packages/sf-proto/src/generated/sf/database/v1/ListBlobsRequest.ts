// Original file: proto/sf/database/v1/blob.proto

import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from '../../../sf/database/v1/PageRequest.js';

export interface ListBlobsRequest {
  'states'?: (string)[];
  'sha256'?: (string);
  'node'?: (string);
  'page'?: (_sf_database_v1_PageRequest | null);
}

export interface ListBlobsRequest__Output {
  'states': (string)[];
  'sha256': (string);
  'node': (string);
  'page': (_sf_database_v1_PageRequest__Output | null);
}
