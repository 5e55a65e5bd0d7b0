// Original file: proto/sf/database/v1/blob.proto

import type { Blob as _sf_database_v1_Blob, Blob__Output as _sf_database_v1_Blob__Output } from '../../../sf/database/v1/Blob.js';

export interface ListBlobsResponse {
  'blobs'?: (_sf_database_v1_Blob)[];
  'next_page_token'?: (string);
}

export interface ListBlobsResponse__Output {
  'blobs': (_sf_database_v1_Blob__Output)[];
  'next_page_token': (string);
}
