// Original file: proto/sf/database/v1/artifact.proto

import type { Artifact as _sf_database_v1_Artifact, Artifact__Output as _sf_database_v1_Artifact__Output } from '../../../sf/database/v1/Artifact.js';

export interface AddArtifactVersionResponse {
  'artifact'?: (_sf_database_v1_Artifact | null);
  'trimmed_blob_uuids'?: (string)[];
}

export interface AddArtifactVersionResponse__Output {
  'artifact': (_sf_database_v1_Artifact__Output | null);
  'trimmed_blob_uuids': (string)[];
}
