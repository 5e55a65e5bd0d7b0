// Original file: proto/sf/database/v1/artifact.proto

import type { PageRequest as _sf_database_v1_PageRequest, PageRequest__Output as _sf_database_v1_PageRequest__Output } from '../../../sf/database/v1/PageRequest.js';

export interface ListArtifactsRequest {
  'namespace'?: (string);
  'states'?: (string)[];
  'artifact_type'?: (string);
  'source_url'?: (string);
  'page'?: (_sf_database_v1_PageRequest | null);
}

export interface ListArtifactsRequest__Output {
  'namespace': (string);
  'states': (string)[];
  'artifact_type': (string);
  'source_url': (string);
  'page': (_sf_database_v1_PageRequest__Output | null);
}
