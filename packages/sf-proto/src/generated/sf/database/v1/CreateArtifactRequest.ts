// Original file: proto/sf/database/v1/artifact.proto

import type { Artifact as _sf_database_v1_Artifact, Artifact__Output as _sf_database_v1_Artifact__Output } from '../../../sf/database/v1/Artifact.js';

export interface CreateArtifactRequest {
  'artifact'?: (_sf_database_v1_Artifact | null);
}

export interface CreateArtifactRequest__Output {
  'artifact': (_sf_database_v1_Artifact__Output | null);
}
