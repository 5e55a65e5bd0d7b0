// Original file: proto/sf/database/v1/artifact.proto

import type { Artifact as _sf_database_v1_Artifact, Artifact__Output as _sf_database_v1_Artifact__Output } from '../../../sf/database/v1/Artifact.js';

export interface ListArtifactsResponse {
  'artifacts'?: (_sf_database_v1_Artifact)[];
  'next_page_token'?: (string);
}

export interface ListArtifactsResponse__Output {
  'artifacts': (_sf_database_v1_Artifact__Output)[];
  'next_page_token': (string);
}
