// Original file: proto/sf/database/v1/blob.proto

import type { Blob as _sf_database_v1_Blob, Blob__Output as _sf_database_v1_Blob__Output } from '../../../sf/database/v1/Blob.js';

export interface CreateBlobRequest {
  'blob'?: (_sf_database_v1_Blob | null);
}

export interface CreateBlobRequest__Output {
  'blob': (_sf_database_v1_Blob__Output | null);
}
